using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Prepares the node before binding (volumes); runs in the binding cycle.</summary>
public interface IPreBindPlugin : IPlugin
{
    Task<Status?> PreBindAsync(CycleState state, Pod pod, string nodeName, CancellationToken cancellationToken);
}

using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Binds the pod to the node; Skip passes the pod to the next bind plugin.</summary>
public interface IBindPlugin : IPlugin
{
    Task<Status?> BindAsync(CycleState state, Pod pod, string nodeName, CancellationToken cancellationToken);
}

using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Informational, after a successful bind.</summary>
public interface IPostBindPlugin : IPlugin
{
    void PostBind(CycleState state, Pod pod, string nodeName);
}

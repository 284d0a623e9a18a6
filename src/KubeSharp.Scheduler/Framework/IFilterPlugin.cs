using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Says whether the pod can run on one node; null (success) or a rejection with reasons.</summary>
public interface IFilterPlugin : IPlugin
{
    Status? Filter(CycleState state, Pod pod, NodeInfo nodeInfo);
}

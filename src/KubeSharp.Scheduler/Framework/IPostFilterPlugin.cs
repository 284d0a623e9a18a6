using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Runs when no node fits, to make one fit (preemption).</summary>
public interface IPostFilterPlugin : IPlugin
{
    (PostFilterResult? Result, Status? Status) PostFilter(CycleState state, Pod pod, NodeToStatus filteredNodeStatus);
}

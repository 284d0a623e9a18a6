using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Incremental updates of PreFilter state when a pod is added to or removed from a node hypothetically.</summary>
public interface IPreFilterExtensions
{
    Status? AddPod(CycleState state, Pod podToSchedule, PodInfo podInfoToAdd, NodeInfo nodeInfo);

    Status? RemovePod(CycleState state, Pod podToSchedule, PodInfo podInfoToRemove, NodeInfo nodeInfo);
}

using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>What plugins may use of the framework and the scheduler (upstream's framework.Handle).</summary>
public interface IFrameworkHandle
{
    string ProfileName { get; }

    /// <summary>The snapshot of the current scheduling cycle; do not keep references across cycles.</summary>
    INodeInfoLister SnapshotSharedLister { get; }

    IPodNominator PodNominator { get; }

    ISchedulerClient Client { get; }

    TimeProvider TimeProvider { get; }

    /// <summary>Labels of a namespace, for affinity terms with a namespaceSelector; null when unknown.</summary>
    IReadOnlyDictionary<string, string>? NamespaceLabels(string namespaceName);

    /// <summary>Filter plugins on one node, including higher-priority pods nominated to it (preemption's dry run).</summary>
    Status? RunFilterPluginsWithNominatedPods(CycleState state, Pod pod, NodeInfo nodeInfo);

    Status? RunPreFilterExtensionAddPod(CycleState state, Pod podToSchedule, PodInfo podInfoToAdd, NodeInfo nodeInfo);

    Status? RunPreFilterExtensionRemovePod(CycleState state, Pod podToSchedule, PodInfo podInfoToRemove, NodeInfo nodeInfo);
}

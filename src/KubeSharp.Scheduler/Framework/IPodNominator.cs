namespace KubeSharp.Scheduler.Framework;

/// <summary>Pods nominated to nodes by preemption, which Filter must account for (upstream's PodNominator).</summary>
public interface IPodNominator
{
    IReadOnlyList<PodInfo> NominatedPodsForNode(string nodeName);

    void AddNominatedPod(PodInfo podInfo, NominatingInfo? nominatingInfo);

    void DeleteNominatedPodIfExists(Api.Core.V1.Pod pod);
}

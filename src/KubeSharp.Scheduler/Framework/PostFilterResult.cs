namespace KubeSharp.Scheduler.Framework;

/// <summary>What a PostFilter plugin (preemption) decided (upstream's framework.PostFilterResult).</summary>
public sealed record PostFilterResult(NominatingInfo? NominatingInfo)
{
    public static PostFilterResult WithNominatedNode(string nodeName) =>
        new(new NominatingInfo(nodeName, NominatingMode.Override));
}

namespace KubeSharp.Api.Core.V1;

/// <summary>What a taint does to pods that do not tolerate it.</summary>
public static class TaintEffect
{
    /// <summary>The scheduler places no new pods; running pods stay.</summary>
    public const string NoSchedule = "NoSchedule";

    /// <summary>The scheduler avoids the node when it can.</summary>
    public const string PreferNoSchedule = "PreferNoSchedule";

    /// <summary>Running pods are evicted too.</summary>
    public const string NoExecute = "NoExecute";
}

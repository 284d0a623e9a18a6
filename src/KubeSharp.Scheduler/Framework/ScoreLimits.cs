namespace KubeSharp.Scheduler.Framework;

/// <summary>Upstream's score bounds: plugins normalize to [MinNodeScore, MaxNodeScore].</summary>
public static class ScoreLimits
{
    public const long MaxNodeScore = 100;

    public const long MinNodeScore = 0;

    /// <summary>The largest total a node may reach across all weighted plugins.</summary>
    public const long MaxTotalScore = long.MaxValue;
}

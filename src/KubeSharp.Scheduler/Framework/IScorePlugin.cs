using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Ranks a feasible node; the framework normalizes and weights the scores.</summary>
public interface IScorePlugin : IPlugin
{
    IScoreExtensions? ScoreExtensions { get; }

    (long Score, Status? Status) Score(CycleState state, Pod pod, NodeInfo nodeInfo);
}

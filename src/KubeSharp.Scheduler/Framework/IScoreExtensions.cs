using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Brings a plugin's raw scores into [0, MaxNodeScore].</summary>
public interface IScoreExtensions
{
    Status? NormalizeScore(CycleState state, Pod pod, Span<NodeScore> scores);
}

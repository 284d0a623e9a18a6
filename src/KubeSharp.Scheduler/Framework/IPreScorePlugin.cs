using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Runs once before Score over the feasible nodes; Skip means its Score is not called.</summary>
public interface IPreScorePlugin : IPlugin
{
    Status? PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes);
}

namespace KubeSharp.Api.Coordination.V1;

/// <summary>Strategies of coordinated leader election.</summary>
public static class CoordinatedLeaseStrategy
{
    public const string OldestEmulationVersion = "OldestEmulationVersion";
}

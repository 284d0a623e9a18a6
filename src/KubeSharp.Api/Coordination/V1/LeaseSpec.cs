using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Coordination.V1;

public sealed class LeaseSpec : KubeModel
{
    public string? HolderIdentity { get; set; }

    /// <summary>How long candidates wait after the last observed renewTime before they may take the lease over.</summary>
    public int? LeaseDurationSeconds { get; set; }

    public MicroTime? AcquireTime { get; set; }

    public MicroTime? RenewTime { get; set; }

    public int? LeaseTransitions { get; set; }

    /// <summary>The strategy for picking a leader in coordinated leader election; see <see cref="CoordinatedLeaseStrategy"/>.</summary>
    public string? Strategy { get; set; }

    /// <summary>Signals a holder that it should step down in favour of this identity (coordinated leader election).</summary>
    public string? PreferredHolder { get; set; }
}

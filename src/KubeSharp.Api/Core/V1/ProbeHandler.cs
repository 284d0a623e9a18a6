namespace KubeSharp.Api.Core.V1;

/// <summary>
/// The action of a probe; exactly one member is set. Upstream inlines it into <see cref="Probe"/>, which derives
/// from it here.
/// </summary>
public class ProbeHandler : KubeModel
{
    public ExecAction? Exec { get; set; }

    public HTTPGetAction? HTTPGet { get; set; }

    public TCPSocketAction? TCPSocket { get; set; }

    public GRPCAction? GRPC { get; set; }
}

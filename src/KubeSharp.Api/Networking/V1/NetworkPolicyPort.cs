namespace KubeSharp.Api.Networking.V1;

public sealed class NetworkPolicyPort : KubeModel
{
    /// <summary>TCP (the default), UDP or SCTP.</summary>
    public string? Protocol { get; set; }

    /// <summary>A number or a named container port; all ports when unset.</summary>
    public IntOrString? Port { get; set; }

    /// <summary>Makes Port..EndPort an inclusive range; Port must then be a number.</summary>
    public int? EndPort { get; set; }
}

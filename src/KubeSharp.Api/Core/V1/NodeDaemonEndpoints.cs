namespace KubeSharp.Api.Core.V1;

/// <summary>Ports of the daemons on a node.</summary>
public sealed class NodeDaemonEndpoints : KubeModel
{
    /// <summary>A struct upstream, so always written.</summary>
    public DaemonEndpoint KubeletEndpoint { get; set; } = new();
}

namespace KubeSharp.Api.Core.V1;

/// <summary>One address of a node.</summary>
public sealed class NodeAddress : KubeModel
{
    /// <summary>One of <see cref="NodeAddressType"/>.</summary>
    public string Type { get; set; } = "";

    public string Address { get; set; } = "";
}

namespace KubeSharp.Api.Networking.V1;

public sealed class IPAddressSpec : KubeModel
{
    /// <summary>The object the address is allocated to; required.</summary>
    public ParentReference? ParentRef { get; set; }
}

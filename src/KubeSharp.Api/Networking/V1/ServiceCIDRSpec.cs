using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Networking.V1;

public sealed class ServiceCIDRSpec : KubeModel
{
    /// <summary>e.g. "10.43.0.0/16"; immutable.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    [JsonPropertyName("cidrs")]
    public List<string>? CIDRs { get; set; }
}

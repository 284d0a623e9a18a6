using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Authentication.V1;

public sealed class TokenRequestSpec : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Audiences { get; set; } = [];

    /// <summary>Written even when null: upstream's pointer has no omitempty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public long? ExpirationSeconds { get; set; }

    /// <summary>
    /// The Pod, Secret or Node the token is bound to; the token dies with it.
    /// Written even when null: upstream's pointer has no omitempty.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public BoundObjectReference? BoundObjectRef { get; set; }
}

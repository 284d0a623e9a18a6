using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Authentication.V1;

public sealed class TokenRequestSpec : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Audiences { get; set; } = [];

    public long? ExpirationSeconds { get; set; }

    /// <summary>The Pod, Secret or Node the token is bound to; the token dies with it.</summary>
    public BoundObjectReference? BoundObjectRef { get; set; }
}

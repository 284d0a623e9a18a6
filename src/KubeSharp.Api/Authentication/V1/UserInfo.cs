using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Authentication.V1;

/// <summary>The identity an authenticator attached to a request.</summary>
public sealed class UserInfo : KubeModel
{
    public string? Username { get; set; }

    public string? UID { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Groups { get; set; }

    public Dictionary<string, List<string>>? Extra { get; set; }
}

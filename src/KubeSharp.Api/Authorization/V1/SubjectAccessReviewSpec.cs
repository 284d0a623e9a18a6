using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Authorization.V1;

/// <summary>Exactly one of ResourceAttributes and NonResourceAttributes must be set.</summary>
public sealed class SubjectAccessReviewSpec : KubeModel
{
    public ResourceAttributes? ResourceAttributes { get; set; }

    public NonResourceAttributes? NonResourceAttributes { get; set; }

    public string? User { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Groups { get; set; }

    public Dictionary<string, List<string>>? Extra { get; set; }

    public string? UID { get; set; }
}

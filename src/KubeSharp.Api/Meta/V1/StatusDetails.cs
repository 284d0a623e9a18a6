using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>Extra data about a <see cref="Status"/>: which object it is about, the causes, when to retry.</summary>
public sealed class StatusDetails : KubeModel
{
    public string? Name { get; set; }

    public string? Group { get; set; }

    public string? Kind { get; set; }

    public string? Uid { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<StatusCause>? Causes { get; set; }

    public int? RetryAfterSeconds { get; set; }
}

namespace KubeSharp.Runtime;

/// <summary>CRI <c>StatusResponse</c>: the runtime's conditions, and debug information when verbose.</summary>
public sealed record RuntimeStatusResponse
{
    public IReadOnlyList<RuntimeCondition> Conditions { get; init; } = [];

    /// <summary>Free-form JSON values keyed by topic; only filled when verbose.</summary>
    public IReadOnlyDictionary<string, string> Info { get; init; } = new Dictionary<string, string>();
}

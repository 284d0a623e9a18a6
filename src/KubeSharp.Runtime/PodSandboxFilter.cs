namespace KubeSharp.Runtime;

/// <summary>CRI <c>PodSandboxFilter</c>: every set field must match.</summary>
public sealed record PodSandboxFilter
{
    public string Id { get; init; } = "";

    public PodSandboxState? State { get; init; }

    /// <summary>Equality requirements on labels, ANDed.</summary>
    public IReadOnlyDictionary<string, string> LabelSelector { get; init; } = new Dictionary<string, string>();
}

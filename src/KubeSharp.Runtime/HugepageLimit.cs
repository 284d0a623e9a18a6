namespace KubeSharp.Runtime;

/// <summary>CRI <c>HugepageLimit</c>.</summary>
public sealed record HugepageLimit
{
    /// <summary><c>2MB</c>, <c>1GB</c>, ... (base 1024).</summary>
    public string PageSize { get; init; } = "";

    public ulong Limit { get; init; }
}

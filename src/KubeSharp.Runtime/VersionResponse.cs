namespace KubeSharp.Runtime;

/// <summary>CRI <c>VersionResponse</c>.</summary>
public sealed record VersionResponse
{
    /// <summary>The kubelet runtime API version (CRI's <c>version</c>).</summary>
    public string Version { get; init; } = "0.1.0";

    public string RuntimeName { get; init; } = "";

    /// <summary>Semver of the runtime.</summary>
    public string RuntimeVersion { get; init; } = "";

    /// <summary>The CRI API version implemented (<c>v1</c>).</summary>
    public string RuntimeApiVersion { get; init; } = "v1";
}

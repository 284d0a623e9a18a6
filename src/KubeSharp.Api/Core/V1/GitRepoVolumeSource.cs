namespace KubeSharp.Api.Core.V1;

/// <summary>A git repository cloned into the volume; deprecated upstream.</summary>
public sealed class GitRepoVolumeSource : KubeModel
{
    public string Repository { get; set; } = "";

    public string? Revision { get; set; }

    /// <summary>"." clones into the volume root; otherwise a subdirectory. Must not contain "..".</summary>
    public string? Directory { get; set; }
}

namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config.md mounts entry.</summary>
public sealed class OciMount
{
    public string Destination { get; set; } = "";

    public string? Type { get; set; }

    public string? Source { get; set; }

    public List<string>? Options { get; set; }
}

namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config.md: the bundle's config.json (the subset runc 1.1 reads that the runtime sets).</summary>
public sealed class OciSpec
{
    public string OciVersion { get; set; } = "1.0.2";

    public OciProcess Process { get; set; } = new();

    public OciRoot Root { get; set; } = new();

    public string? Hostname { get; set; }

    public List<OciMount> Mounts { get; set; } = [];

    public Dictionary<string, string>? Annotations { get; set; }

    public OciLinux Linux { get; set; } = new();
}

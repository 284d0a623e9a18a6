namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config-linux.md linux.</summary>
public sealed class OciLinux
{
    public List<OciNamespace> Namespaces { get; set; } = [];

    public OciResources? Resources { get; set; }

    public string? CgroupsPath { get; set; }

    public List<OciDevice>? Devices { get; set; }

    public Dictionary<string, string>? Sysctl { get; set; }

    public List<string>? MaskedPaths { get; set; }

    public List<string>? ReadonlyPaths { get; set; }

    public string? RootfsPropagation { get; set; }
}

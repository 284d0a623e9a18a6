namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config-linux.md device cgroup rule.</summary>
public sealed class OciDeviceCgroup
{
    public bool Allow { get; set; }

    public string? Type { get; set; }

    public long? Major { get; set; }

    public long? Minor { get; set; }

    public string? Access { get; set; }
}

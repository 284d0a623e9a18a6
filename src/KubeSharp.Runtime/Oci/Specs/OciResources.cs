namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config-linux.md linux.resources (cgroups).</summary>
public sealed class OciResources
{
    public List<OciDeviceCgroup>? Devices { get; set; }

    public OciMemory? Memory { get; set; }

    public OciCpu? Cpu { get; set; }

    public OciPids? Pids { get; set; }

    public List<OciHugepageLimit>? HugepageLimits { get; set; }

    public Dictionary<string, string>? Unified { get; set; }
}

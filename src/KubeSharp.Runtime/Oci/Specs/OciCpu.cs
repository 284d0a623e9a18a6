namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config-linux.md cpu: shares, CFS quota and period (µs), cpusets.</summary>
public sealed class OciCpu
{
    public ulong? Shares { get; set; }

    public long? Quota { get; set; }

    public ulong? Period { get; set; }

    public string? Cpus { get; set; }

    public string? Mems { get; set; }
}

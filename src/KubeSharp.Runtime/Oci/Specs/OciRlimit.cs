namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config.md process.rlimits entry.</summary>
public sealed class OciRlimit
{
    public string Type { get; set; } = "";

    public ulong Hard { get; set; }

    public ulong Soft { get; set; }
}

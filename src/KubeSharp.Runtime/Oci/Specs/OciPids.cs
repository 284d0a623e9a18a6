namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config-linux.md pids limit.</summary>
public sealed class OciPids
{
    public long Limit { get; set; }
}

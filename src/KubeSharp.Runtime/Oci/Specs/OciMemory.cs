namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config-linux.md memory limits (bytes).</summary>
public sealed class OciMemory
{
    public long? Limit { get; set; }

    public long? Reservation { get; set; }

    public long? Swap { get; set; }
}

namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config-linux.md hugepage limit.</summary>
public sealed class OciHugepageLimit
{
    public string PageSize { get; set; } = "";

    public ulong Limit { get; set; }
}

namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config.md root.</summary>
public sealed class OciRoot
{
    public string Path { get; set; } = "rootfs";

    public bool Readonly { get; set; }
}

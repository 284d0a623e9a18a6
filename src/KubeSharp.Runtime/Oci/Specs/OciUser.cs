namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config.md process.user (POSIX).</summary>
public sealed class OciUser
{
    public uint Uid { get; set; }

    public uint Gid { get; set; }

    public uint? Umask { get; set; }

    public List<uint>? AdditionalGids { get; set; }
}

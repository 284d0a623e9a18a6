namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config.md process.capabilities: names with the CAP_ prefix.</summary>
public sealed class OciCapabilities
{
    public List<string> Bounding { get; set; } = [];

    public List<string> Effective { get; set; } = [];

    public List<string> Inheritable { get; set; } = [];

    public List<string> Permitted { get; set; } = [];

    public List<string> Ambient { get; set; } = [];
}

namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config.md process.</summary>
public sealed class OciProcess
{
    public bool Terminal { get; set; }

    public OciUser User { get; set; } = new();

    public List<string> Args { get; set; } = [];

    public List<string> Env { get; set; } = [];

    public string Cwd { get; set; } = "/";

    public OciCapabilities? Capabilities { get; set; }

    public List<OciRlimit>? Rlimits { get; set; }

    public bool NoNewPrivileges { get; set; }

    public int? OomScoreAdj { get; set; }
}

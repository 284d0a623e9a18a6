namespace KubeSharp.Runtime.Oci.Specs;

/// <summary>runtime-spec config-linux.md namespace: created when Path is null, joined otherwise.</summary>
public sealed class OciNamespace
{
    public string Type { get; set; } = "";

    public string? Path { get; set; }
}

namespace KubeSharp.Runtime;

/// <summary>CRI <c>Mount</c>: a host path bind-mounted into a container.</summary>
public sealed record Mount
{
    public string ContainerPath { get; init; } = "";

    /// <summary>Must exist; symbolic links are followed.</summary>
    public string HostPath { get; init; } = "";

    public bool Readonly { get; init; }

    public bool SelinuxRelabel { get; init; }

    public MountPropagation Propagation { get; init; }

    /// <summary>Recursive read-only (requires <see cref="Readonly"/> and private propagation).</summary>
    public bool RecursiveReadOnly { get; init; }
}

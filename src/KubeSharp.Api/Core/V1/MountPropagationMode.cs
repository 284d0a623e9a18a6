namespace KubeSharp.Api.Core.V1;

/// <summary>How mounts propagate between host and container.</summary>
public static class MountPropagationMode
{
    /// <summary>Linux "private".</summary>
    public const string None = "None";

    /// <summary>Linux "rslave".</summary>
    public const string HostToContainer = "HostToContainer";

    /// <summary>Linux "rshared".</summary>
    public const string Bidirectional = "Bidirectional";
}

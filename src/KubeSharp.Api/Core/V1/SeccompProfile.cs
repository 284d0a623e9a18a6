namespace KubeSharp.Api.Core.V1;

/// <summary>The seccomp profile of a pod or container.</summary>
public sealed class SeccompProfile : KubeModel
{
    /// <summary>One of <see cref="SeccompProfileType"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>A path relative to the kubelet's seccomp directory; only with type Localhost.</summary>
    public string? LocalhostProfile { get; set; }
}

namespace KubeSharp.Api.Core.V1;

/// <summary>The identity of a container's first process.</summary>
public sealed class ContainerUser : KubeModel
{
    public LinuxContainerUser? Linux { get; set; }
}

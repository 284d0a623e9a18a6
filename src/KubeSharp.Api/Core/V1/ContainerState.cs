namespace KubeSharp.Api.Core.V1;

/// <summary>The state of a container; at most one member is set, and none means waiting.</summary>
public sealed class ContainerState : KubeModel
{
    public ContainerStateWaiting? Waiting { get; set; }

    public ContainerStateRunning? Running { get; set; }

    public ContainerStateTerminated? Terminated { get; set; }
}

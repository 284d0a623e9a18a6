namespace KubeSharp.Api.Core.V1;

/// <summary>A container's own restart policy; only Always, and only for init containers (sidecars).</summary>
public static class ContainerRestartPolicy
{
    public const string Always = "Always";
}

namespace KubeSharp.Api.Core.V1;

/// <summary>What resizing a resource in place does to the container.</summary>
public static class ResourceResizeRestartPolicy
{
    public const string NotRequired = "NotRequired";
    public const string RestartContainer = "RestartContainer";
}

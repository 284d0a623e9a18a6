namespace KubeSharp.Api.Core.V1;

/// <summary>The operating system a pod's containers need.</summary>
public sealed class PodOS : KubeModel
{
    /// <summary>One of <see cref="OSName"/>.</summary>
    public string Name { get; set; } = "";
}

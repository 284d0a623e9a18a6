namespace KubeSharp.Api.Core.V1;

/// <summary>The query options of a pod's attach subresource.</summary>
[Kind("", "v1", "PodAttachOptions")]
public sealed class PodAttachOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public bool? Stdin { get; set; }

    public bool? Stdout { get; set; }

    public bool? Stderr { get; set; }

    public bool? TTY { get; set; }

    public string? Container { get; set; }
}

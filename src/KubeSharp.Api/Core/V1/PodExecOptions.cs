using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The query options of a pod's exec subresource.</summary>
[Kind("", "v1", "PodExecOptions")]
public sealed class PodExecOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public bool? Stdin { get; set; }

    public bool? Stdout { get; set; }

    public bool? Stderr { get; set; }

    public bool? TTY { get; set; }

    public string? Container { get; set; }

    /// <summary>argv, not run in a shell.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Command { get; set; } = [];
}

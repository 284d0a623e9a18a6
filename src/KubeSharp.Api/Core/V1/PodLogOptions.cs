namespace KubeSharp.Api.Core.V1;

/// <summary>The query options of a pod's log subresource.</summary>
[Kind("", "v1", "PodLogOptions")]
public sealed class PodLogOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    /// <summary>Defaults to the only container.</summary>
    public string? Container { get; set; }

    public bool? Follow { get; set; }

    /// <summary>The logs of the previous, terminated instance.</summary>
    public bool? Previous { get; set; }

    public long? SinceSeconds { get; set; }

    public DateTimeOffset? SinceTime { get; set; }

    public bool? Timestamps { get; set; }

    public long? TailLines { get; set; }

    public long? LimitBytes { get; set; }

    public bool? InsecureSkipTLSVerifyBackend { get; set; }

    /// <summary>One of <see cref="LogStream"/>; All when unset. Cannot be combined with tailLines.</summary>
    public string? Stream { get; set; }
}

using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A container that exited, with its exit code and times.</summary>
public sealed class ContainerStateTerminated : KubeModel
{
    public int ExitCode { get; set; }

    public int? Signal { get; set; }

    /// <summary>Such as Completed, Error, OOMKilled.</summary>
    public string? Reason { get; set; }

    public string? Message { get; set; }

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>In the form TYPE://ID.</summary>
    public string? ContainerID { get; set; }
}

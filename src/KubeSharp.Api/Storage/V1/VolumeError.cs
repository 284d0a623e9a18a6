using System.Text.Json.Serialization;

namespace KubeSharp.Api.Storage.V1;

public sealed class VolumeError : KubeModel
{
    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? Time { get; set; }

    public string? Message { get; set; }

    /// <summary>The gRPC status code of the failed CSI call.</summary>
    public int? ErrorCode { get; set; }
}

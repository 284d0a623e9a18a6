using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A gRPC health check (grpc.health.v1) against the container.</summary>
public sealed class GRPCAction : KubeModel
{
    public int Port { get; set; }

    /// <summary>The service name in the HealthCheckRequest. Written even when null, as upstream's pointer has no omitempty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Service { get; set; }
}

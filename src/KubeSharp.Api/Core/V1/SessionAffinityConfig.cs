namespace KubeSharp.Api.Core.V1;

/// <summary>Settings of a Service's session affinity.</summary>
public sealed class SessionAffinityConfig : KubeModel
{
    public ClientIPConfig? ClientIP { get; set; }
}

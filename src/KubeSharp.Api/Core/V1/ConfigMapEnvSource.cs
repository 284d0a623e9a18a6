namespace KubeSharp.Api.Core.V1;

/// <summary>A ConfigMap whose data become environment variables.</summary>
public sealed class ConfigMapEnvSource : KubeModel
{
    /// <summary>The ConfigMap's name (upstream's inlined LocalObjectReference).</summary>
    public string? Name { get; set; }

    public bool? Optional { get; set; }
}

namespace KubeSharp.Api.Core.V1;

/// <summary>A Secret whose data become environment variables.</summary>
public sealed class SecretEnvSource : KubeModel
{
    /// <summary>The Secret's name (upstream's inlined LocalObjectReference).</summary>
    public string? Name { get; set; }

    public bool? Optional { get; set; }
}

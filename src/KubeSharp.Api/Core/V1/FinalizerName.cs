namespace KubeSharp.Api.Core.V1;

/// <summary>Finalizers of a namespace's spec.finalizers.</summary>
public static class FinalizerName
{
    /// <summary>Held until the namespace controller has deleted the namespace's content.</summary>
    public const string Kubernetes = "kubernetes";
}

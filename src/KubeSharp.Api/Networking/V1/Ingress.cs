namespace KubeSharp.Api.Networking.V1;

/// <summary>Routes external HTTP(S) traffic to services by host and path.</summary>
[Kind("networking.k8s.io", "v1", "Ingress")]
public sealed class Ingress : KubeObject
{
    public IngressSpec Spec { get; set; } = new();

    public IngressStatus Status { get; set; } = new();
}

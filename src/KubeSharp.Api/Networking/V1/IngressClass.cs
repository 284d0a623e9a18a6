namespace KubeSharp.Api.Networking.V1;

/// <summary>A class of Ingress, naming the controller that implements it.</summary>
[Kind("networking.k8s.io", "v1", "IngressClass")]
public sealed class IngressClass : KubeObject
{
    public IngressClassSpec Spec { get; set; } = new();
}

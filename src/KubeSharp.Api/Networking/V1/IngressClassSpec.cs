namespace KubeSharp.Api.Networking.V1;

public sealed class IngressClassSpec : KubeModel
{
    /// <summary>Domain-prefixed controller name, e.g. "acme.io/ingress-controller"; immutable.</summary>
    public string? Controller { get; set; }

    public IngressClassParametersReference? Parameters { get; set; }
}

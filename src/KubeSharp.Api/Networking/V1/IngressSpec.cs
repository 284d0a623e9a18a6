using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Networking.V1;

public sealed class IngressSpec : KubeModel
{
    public string? IngressClassName { get; set; }

    public IngressBackend? DefaultBackend { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<IngressTLS>? TLS { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<IngressRule>? Rules { get; set; }
}

using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Networking.V1;

public sealed class IngressTLS : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Hosts { get; set; }

    public string? SecretName { get; set; }
}

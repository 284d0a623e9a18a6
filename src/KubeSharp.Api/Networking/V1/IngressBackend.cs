using KubeSharp.Api.Core.V1;

namespace KubeSharp.Api.Networking.V1;

/// <summary>Exactly one of Service and Resource.</summary>
public sealed class IngressBackend : KubeModel
{
    public IngressServiceBackend? Service { get; set; }

    public TypedLocalObjectReference? Resource { get; set; }
}

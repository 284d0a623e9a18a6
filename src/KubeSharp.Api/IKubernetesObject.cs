using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api;

/// <summary>A top-level object of a kind: it carries TypeMeta and ObjectMeta.</summary>
public interface IKubernetesObject
{
    string? ApiVersion { get; set; }

    string? Kind { get; set; }

    ObjectMeta Metadata { get; set; }
}

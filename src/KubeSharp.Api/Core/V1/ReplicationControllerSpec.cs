using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The desired state of a ReplicationController.</summary>
public sealed class ReplicationControllerSpec : KubeModel
{
    /// <summary>Defaults to 1; an explicit 0 is kept.</summary>
    public int? Replicas { get; set; }

    public int? MinReadySeconds { get; set; }

    /// <summary>Equality-based only; defaults to the template's labels.</summary>
    [MapType(MapTypeAttribute.Atomic)]
    public Dictionary<string, string>? Selector { get; set; }

    public PodTemplateSpec? Template { get; set; }
}

namespace KubeSharp.Api.Core.V1;

/// <summary>The affinity scheduling rules of a pod.</summary>
public sealed class Affinity : KubeModel
{
    public NodeAffinity? NodeAffinity { get; set; }

    public PodAffinity? PodAffinity { get; set; }

    public PodAntiAffinity? PodAntiAffinity { get; set; }
}

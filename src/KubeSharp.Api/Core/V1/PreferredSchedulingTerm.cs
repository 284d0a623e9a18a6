namespace KubeSharp.Api.Core.V1;

/// <summary>A node selector term and its weight (1-100).</summary>
public sealed class PreferredSchedulingTerm : KubeModel
{
    public int Weight { get; set; }

    public NodeSelectorTerm Preference { get; set; } = new();
}

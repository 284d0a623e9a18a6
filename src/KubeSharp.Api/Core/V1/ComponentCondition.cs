namespace KubeSharp.Api.Core.V1;

/// <summary>A health condition of a control plane component.</summary>
public sealed class ComponentCondition : KubeModel
{
    public string Type { get; set; } = "";

    /// <summary>One of <see cref="ConditionStatus"/>.</summary>
    public string Status { get; set; } = "";

    public string? Message { get; set; }

    public string? Error { get; set; }
}

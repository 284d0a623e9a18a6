namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class CustomResourceDefinitionCondition : KubeModel
{
    /// <summary>See <see cref="CustomResourceDefinitionConditionType"/>.</summary>
    public string Type { get; set; } = "";

    public string Status { get; set; } = "";

    public DateTimeOffset? LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}

namespace KubeSharp.Api.Meta.V1;

/// <summary>Extra state of a <see cref="TableRow"/>; the only defined type is <see cref="RowConditionType.Completed"/>.</summary>
public sealed class TableRowCondition : KubeModel
{
    public string Type { get; set; } = "";

    /// <summary>One of <see cref="ConditionStatus"/>.</summary>
    public string Status { get; set; } = "";

    public string? Reason { get; set; }

    public string? Message { get; set; }
}

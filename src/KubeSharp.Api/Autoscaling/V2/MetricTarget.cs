namespace KubeSharp.Api.Autoscaling.V2;

/// <summary>One of Value, AverageValue or AverageUtilization, as Type says; see <see cref="MetricTargetType"/>.</summary>
public sealed class MetricTarget : KubeModel
{
    public string Type { get; set; } = "";

    public Quantity? Value { get; set; }

    public Quantity? AverageValue { get; set; }

    /// <summary>Percent of the pods' requests; Resource and ContainerResource metrics only.</summary>
    public int? AverageUtilization { get; set; }
}

namespace KubeSharp.Api.Autoscaling.V2;

public sealed class MetricValueStatus : KubeModel
{
    public Quantity? Value { get; set; }

    public Quantity? AverageValue { get; set; }

    public int? AverageUtilization { get; set; }
}

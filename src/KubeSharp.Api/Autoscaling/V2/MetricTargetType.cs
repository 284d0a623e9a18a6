namespace KubeSharp.Api.Autoscaling.V2;

public static class MetricTargetType
{
    public const string Utilization = "Utilization";

    public const string Value = "Value";

    public const string AverageValue = "AverageValue";
}

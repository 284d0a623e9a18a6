namespace KubeSharp.Api.Autoscaling.V2;

public static class MetricSourceType
{
    public const string Object = "Object";

    public const string Pods = "Pods";

    public const string Resource = "Resource";

    public const string ContainerResource = "ContainerResource";

    public const string External = "External";
}

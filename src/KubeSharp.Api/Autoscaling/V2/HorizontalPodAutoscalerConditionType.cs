namespace KubeSharp.Api.Autoscaling.V2;

public static class HorizontalPodAutoscalerConditionType
{
    public const string ScalingActive = "ScalingActive";

    public const string AbleToScale = "AbleToScale";

    public const string ScalingLimited = "ScalingLimited";
}

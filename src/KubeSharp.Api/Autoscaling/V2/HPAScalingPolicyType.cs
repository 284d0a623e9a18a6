namespace KubeSharp.Api.Autoscaling.V2;

public static class HPAScalingPolicyType
{
    public const string Pods = "Pods";

    public const string Percent = "Percent";
}

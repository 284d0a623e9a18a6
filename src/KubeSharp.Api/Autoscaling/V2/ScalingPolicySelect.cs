namespace KubeSharp.Api.Autoscaling.V2;

public static class ScalingPolicySelect
{
    public const string Max = "Max";

    public const string Min = "Min";

    public const string Disabled = "Disabled";
}

namespace KubeSharp.Api.Batch.V1;

public static class PodFailurePolicyOnExitCodesOperator
{
    public const string In = "In";

    public const string NotIn = "NotIn";
}

namespace KubeSharp.Api.Batch.V1;

public static class PodFailurePolicyAction
{
    public const string FailJob = "FailJob";

    public const string FailIndex = "FailIndex";

    public const string Ignore = "Ignore";

    public const string Count = "Count";
}

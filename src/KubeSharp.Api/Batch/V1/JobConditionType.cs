namespace KubeSharp.Api.Batch.V1;

public static class JobConditionType
{
    public const string Suspended = "Suspended";

    public const string Complete = "Complete";

    public const string Failed = "Failed";

    public const string FailureTarget = "FailureTarget";

    public const string SuccessCriteriaMet = "SuccessCriteriaMet";
}

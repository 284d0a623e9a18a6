namespace KubeSharp.Api.Apps.V1;

public static class DeploymentConditionType
{
    public const string Available = "Available";

    public const string Progressing = "Progressing";

    public const string ReplicaFailure = "ReplicaFailure";
}

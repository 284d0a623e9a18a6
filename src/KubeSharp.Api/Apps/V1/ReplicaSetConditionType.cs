namespace KubeSharp.Api.Apps.V1;

public static class ReplicaSetConditionType
{
    public const string ReplicaFailure = "ReplicaFailure";
}

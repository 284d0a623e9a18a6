namespace KubeSharp.Api.Core.V1;

/// <summary>Condition types of a ReplicationController.</summary>
public static class ReplicationControllerConditionType
{
    /// <summary>A pod could not be created or deleted (quota, limits, …).</summary>
    public const string ReplicaFailure = "ReplicaFailure";
}

using KubeSharp.Api.Apps.V1;

namespace KubeSharp.Controllers.Deployment.Util;

/// <summary>Deployment conditions (upstream's deployment_util.go condition helpers).</summary>
public static partial class DeploymentUtil
{
    public static DeploymentCondition NewDeploymentCondition(string type, string status, string reason, string message, DateTimeOffset now) => new()
    {
        Type = type,
        Status = status,
        LastUpdateTime = now,
        LastTransitionTime = now,
        Reason = reason,
        Message = message,
    };

    public static DeploymentCondition? GetDeploymentCondition(DeploymentStatus status, string type) =>
        status.Conditions?.FirstOrDefault(condition => condition.Type == type);

    /// <summary>
    /// Adds or replaces the condition of its type. The same status and reason keeps the existing one untouched;
    /// the same status keeps its lastTransitionTime.
    /// </summary>
    public static void SetDeploymentCondition(DeploymentStatus status, DeploymentCondition condition)
    {
        var current = GetDeploymentCondition(status, condition.Type);
        if (current is not null && current.Status == condition.Status && current.Reason == condition.Reason)
        {
            return;
        }

        if (current is not null && current.Status == condition.Status)
        {
            condition.LastTransitionTime = current.LastTransitionTime;
        }

        status.Conditions = [.. (status.Conditions ?? []).Where(c => c.Type != condition.Type), condition];
    }

    public static void RemoveDeploymentCondition(DeploymentStatus status, string type)
    {
        if (status.Conditions is { } conditions)
        {
            status.Conditions = [.. conditions.Where(c => c.Type != type)];
            if (status.Conditions.Count == 0)
            {
                status.Conditions = null;
            }
        }
    }

    /// <summary>A ReplicaSet's ReplicaFailure condition as the Deployment reports it.</summary>
    public static DeploymentCondition ReplicaSetToDeploymentCondition(ReplicaSetCondition condition) => new()
    {
        Type = condition.Type,
        Status = condition.Status,
        LastTransitionTime = condition.LastTransitionTime,
        LastUpdateTime = condition.LastTransitionTime,
        Reason = condition.Reason,
        Message = condition.Message,
    };
}

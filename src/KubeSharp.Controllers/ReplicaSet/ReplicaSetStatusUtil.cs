using KubeSharp.Api.Apps.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Client;
using KubeSharp.Machinery.Labels;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.ReplicaSet;

/// <summary>ReplicaSet status and conditions (upstream's <c>replica_set_utils.go</c>).</summary>
public static class ReplicaSetStatusUtil
{
    /// <summary>
    /// The status the pods imply: replicas, fullyLabeledReplicas (pods carrying every template label),
    /// readyReplicas, availableReplicas (ready for minReadySeconds), and a ReplicaFailure condition while
    /// creating or deleting pods fails.
    /// </summary>
    public static ReplicaSetStatus CalculateStatus(V1ReplicaSet rs, List<Pod> filteredPods, Exception? manageReplicasError, DateTimeOffset now)
    {
        var newStatus = ObjectCopy.DeepCopy(rs.Status);
        var templateLabels = Selector.FromSet(rs.Spec.Template.Metadata.Labels);
        int fullyLabeled = 0, ready = 0, available = 0;
        foreach (var pod in filteredPods)
        {
            if (templateLabels.Matches(pod.Metadata.Labels))
            {
                fullyLabeled++;
            }

            if (PodUtil.IsPodReady(pod))
            {
                ready++;
                if (PodUtil.IsPodAvailable(pod, rs.Spec.MinReadySeconds ?? 0, now))
                {
                    available++;
                }
            }
        }

        var failureCondition = GetCondition(rs.Status, ReplicaSetConditionType.ReplicaFailure);
        if (manageReplicasError is not null && failureCondition is null)
        {
            var diff = filteredPods.Count - (rs.Spec.Replicas ?? 1);
            var reason = diff < 0 ? "FailedCreate" : diff > 0 ? "FailedDelete" : "";
            SetCondition(newStatus, NewReplicaSetCondition(ReplicaSetConditionType.ReplicaFailure, ConditionStatus.True, reason, manageReplicasError.Message, now));
        }
        else if (manageReplicasError is null && failureCondition is not null)
        {
            RemoveCondition(newStatus, ReplicaSetConditionType.ReplicaFailure);
        }

        newStatus.Replicas = filteredPods.Count;
        newStatus.FullyLabeledReplicas = fullyLabeled;
        newStatus.ReadyReplicas = ready;
        newStatus.AvailableReplicas = available;
        return newStatus;
    }

    /// <summary>
    /// Writes <paramref name="newStatus"/> unless nothing changed (upstream's updateReplicaSetStatus); on failure
    /// re-reads the ReplicaSet and tries once more. Returns the ReplicaSet as stored.
    /// </summary>
    public static async Task<V1ReplicaSet> UpdateReplicaSetStatusAsync(Kubernetes client, V1ReplicaSet rs, ReplicaSetStatus newStatus, CancellationToken cancellationToken)
    {
        if (rs.Status.Replicas == newStatus.Replicas
            && (rs.Status.FullyLabeledReplicas ?? 0) == (newStatus.FullyLabeledReplicas ?? 0)
            && (rs.Status.ReadyReplicas ?? 0) == (newStatus.ReadyReplicas ?? 0)
            && (rs.Status.AvailableReplicas ?? 0) == (newStatus.AvailableReplicas ?? 0)
            && rs.Metadata.Generation == rs.Status.ObservedGeneration
            && ConditionsEqual(rs.Status.Conditions, newStatus.Conditions))
        {
            return rs;
        }

        newStatus.ObservedGeneration = rs.Metadata.Generation;
        var resource = client.Resource<V1ReplicaSet>().Namespace(rs.Metadata.Namespace ?? "");
        var current = rs;
        for (var attempt = 0; ; attempt++)
        {
            current.Status = newStatus;
            try
            {
                return await resource.UpdateStatusAsync(current, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException && attempt < ReplicaSetController.StatusUpdateRetries)
            {
                current = await resource.GetAsync(rs.Metadata.Name ?? "", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static ReplicaSetCondition NewReplicaSetCondition(string type, string status, string reason, string message, DateTimeOffset now) => new()
    {
        Type = type,
        Status = status,
        LastTransitionTime = now,
        Reason = reason,
        Message = message,
    };

    public static ReplicaSetCondition? GetCondition(ReplicaSetStatus status, string type) =>
        status.Conditions?.FirstOrDefault(condition => condition.Type == type);

    /// <summary>Adds or replaces the condition of its type; an identical status and reason keeps the old one (and its time).</summary>
    public static void SetCondition(ReplicaSetStatus status, ReplicaSetCondition condition)
    {
        var current = GetCondition(status, condition.Type);
        if (current is not null && current.Status == condition.Status && current.Reason == condition.Reason)
        {
            return;
        }

        status.Conditions = [.. (status.Conditions ?? []).Where(c => c.Type != condition.Type), condition];
    }

    public static void RemoveCondition(ReplicaSetStatus status, string type)
    {
        if (status.Conditions is { } conditions)
        {
            conditions.RemoveAll(c => c.Type == type);
            if (conditions.Count == 0)
            {
                status.Conditions = null;
            }
        }
    }

    private static bool ConditionsEqual(List<ReplicaSetCondition>? a, List<ReplicaSetCondition>? b) =>
        (a is null || a.Count == 0) && (b is null || b.Count == 0)
        || KubeJson.Serialize(a) == KubeJson.Serialize(b);
}

using System.Globalization;
using KubeSharp.Api;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Deployment.Util;

/// <summary>Revision and replica annotations (upstream's deployment_util.go).</summary>
public static partial class DeploymentUtil
{
    /// <summary>Annotations a Deployment does not pass on to its ReplicaSets.</summary>
    private static readonly HashSet<string> AnnotationsToSkip = new(StringComparer.Ordinal)
    {
        LastAppliedConfigAnnotation, RevisionAnnotation, RevisionHistoryAnnotation, DesiredReplicasAnnotation, MaxReplicasAnnotation, DeprecatedRollbackTo,
    };

    /// <summary>The revision annotation as a number; 0 when absent or not a number.</summary>
    public static long Revision(IKubernetesObject obj) =>
        long.TryParse(obj.Metadata.Annotations?.GetValueOrDefault(RevisionAnnotation), NumberStyles.Integer, CultureInfo.InvariantCulture, out var revision) ? revision : 0;

    public static long MaxRevision(IEnumerable<V1ReplicaSet> replicaSets)
    {
        long max = 0;
        foreach (var rs in replicaSets)
        {
            max = Math.Max(max, Revision(rs));
        }

        return max;
    }

    /// <summary>Sets the Deployment's revision annotation; true when it changed.</summary>
    public static bool SetDeploymentRevision(V1Deployment d, string revision)
    {
        d.Metadata.Annotations ??= [];
        if (d.Metadata.Annotations.GetValueOrDefault(RevisionAnnotation) == revision)
        {
            return false;
        }

        d.Metadata.Annotations[RevisionAnnotation] = revision;
        return true;
    }

    /// <summary>
    /// Copies the Deployment's annotations to its new ReplicaSet and raises the ReplicaSet's revision to
    /// <paramref name="newRevision"/>; a ReplicaSet reused by a rollback keeps its earlier revisions in the
    /// revision-history annotation (capped at <paramref name="revHistoryLimitInChars"/>). True when anything changed.
    /// </summary>
    public static bool SetNewReplicaSetAnnotations(V1Deployment d, V1ReplicaSet newRS, string newRevision, bool exists, int revHistoryLimitInChars)
    {
        var changed = CopyDeploymentAnnotationsToReplicaSet(d, newRS);
        newRS.Metadata.Annotations ??= [];
        var hadRevision = newRS.Metadata.Annotations.TryGetValue(RevisionAnnotation, out var oldRevision);
        long oldRevisionInt = 0;
        if (!string.IsNullOrEmpty(oldRevision) && !long.TryParse(oldRevision, NumberStyles.Integer, CultureInfo.InvariantCulture, out oldRevisionInt))
        {
            return false;
        }

        if (!long.TryParse(newRevision, NumberStyles.Integer, CultureInfo.InvariantCulture, out var newRevisionInt))
        {
            return false;
        }

        if (oldRevisionInt < newRevisionInt)
        {
            newRS.Metadata.Annotations[RevisionAnnotation] = newRevision;
            changed = true;
        }

        if (hadRevision && oldRevisionInt < newRevisionInt)
        {
            var history = newRS.Metadata.Annotations.GetValueOrDefault(RevisionHistoryAnnotation) ?? "";
            var oldRevisions = history.Split(',').ToList();
            if (oldRevisions[0].Length == 0)
            {
                newRS.Metadata.Annotations[RevisionHistoryAnnotation] = oldRevision!;
            }
            else
            {
                var totalLength = history.Length + oldRevision!.Length + 1;
                var start = 0;
                while (totalLength > revHistoryLimitInChars && start < oldRevisions.Count)
                {
                    totalLength -= oldRevisions[start].Length + 1;
                    start++;
                }

                if (totalLength <= revHistoryLimitInChars)
                {
                    newRS.Metadata.Annotations[RevisionHistoryAnnotation] = string.Join(',', [.. oldRevisions.Skip(start), oldRevision]);
                }
            }
        }

        if (!exists && SetReplicasAnnotations(newRS, Replicas(d), Replicas(d) + MaxSurge(d)))
        {
            changed = true;
        }

        return changed;
    }

    private static bool CopyDeploymentAnnotationsToReplicaSet(V1Deployment d, V1ReplicaSet rs)
    {
        var changed = false;
        rs.Metadata.Annotations ??= [];
        foreach (var (key, value) in d.Metadata.Annotations ?? [])
        {
            if (AnnotationsToSkip.Contains(key) || (rs.Metadata.Annotations.TryGetValue(key, out var existing) && existing == value))
            {
                continue;
            }

            rs.Metadata.Annotations[key] = value;
            changed = true;
        }

        return changed;
    }

    /// <summary>Records the Deployment's replicas and replicas plus surge on the ReplicaSet; true when changed.</summary>
    public static bool SetReplicasAnnotations(V1ReplicaSet rs, int desiredReplicas, int maxReplicas)
    {
        rs.Metadata.Annotations ??= [];
        var changed = false;
        var desired = desiredReplicas.ToString(CultureInfo.InvariantCulture);
        if (rs.Metadata.Annotations.GetValueOrDefault(DesiredReplicasAnnotation) != desired)
        {
            rs.Metadata.Annotations[DesiredReplicasAnnotation] = desired;
            changed = true;
        }

        var max = maxReplicas.ToString(CultureInfo.InvariantCulture);
        if (rs.Metadata.Annotations.GetValueOrDefault(MaxReplicasAnnotation) != max)
        {
            rs.Metadata.Annotations[MaxReplicasAnnotation] = max;
            changed = true;
        }

        return changed;
    }

    public static bool ReplicasAnnotationsNeedUpdate(V1ReplicaSet rs, int desiredReplicas, int maxReplicas) =>
        rs.Metadata.Annotations is not { } annotations
        || annotations.GetValueOrDefault(DesiredReplicasAnnotation) != desiredReplicas.ToString(CultureInfo.InvariantCulture)
        || annotations.GetValueOrDefault(MaxReplicasAnnotation) != maxReplicas.ToString(CultureInfo.InvariantCulture);

    public static int? GetDesiredReplicasAnnotation(V1ReplicaSet rs) =>
        int.TryParse(rs.Metadata.Annotations?.GetValueOrDefault(DesiredReplicasAnnotation), NumberStyles.Integer, CultureInfo.InvariantCulture, out var desired) ? desired : null;
}

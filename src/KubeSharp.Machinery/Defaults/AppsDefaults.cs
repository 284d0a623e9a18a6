using KubeSharp.Api;
using KubeSharp.Api.Apps.V1;

namespace KubeSharp.Machinery.Defaults;

/// <summary>
/// Defaulting of apps/v1 objects as upstream's pkg/apis/apps/v1/defaults.go, plus the core defaults of their
/// pod templates (upstream's generated defaulters reach the template's pod spec the same way). Apply before
/// validation; every method is idempotent.
/// </summary>
public static class AppsDefaults
{
    public const int DefaultRevisionHistoryLimit = 10;
    public const int DefaultProgressDeadlineSeconds = 600;

    /// <summary>replicas 1, RollingUpdate with 25% / 25%, revisionHistoryLimit 10, progressDeadlineSeconds 600.</summary>
    public static void SetDefaultsDeployment(Deployment deployment)
    {
        var spec = deployment.Spec;
        spec.Replicas ??= 1;
        var strategy = spec.Strategy;
        if (string.IsNullOrEmpty(strategy.Type))
        {
            strategy.Type = DeploymentStrategyType.RollingUpdate;
        }

        if (strategy.Type == DeploymentStrategyType.RollingUpdate)
        {
            strategy.RollingUpdate ??= new RollingUpdateDeployment();
            strategy.RollingUpdate.MaxUnavailable ??= new IntOrString("25%");
            strategy.RollingUpdate.MaxSurge ??= new IntOrString("25%");
        }

        spec.RevisionHistoryLimit ??= DefaultRevisionHistoryLimit;
        spec.ProgressDeadlineSeconds ??= DefaultProgressDeadlineSeconds;
        CoreDefaults.SetDefaultsPodTemplateSpec(spec.Template);
    }

    /// <summary>replicas 1.</summary>
    public static void SetDefaultsReplicaSet(ReplicaSet replicaSet)
    {
        replicaSet.Spec.Replicas ??= 1;
        CoreDefaults.SetDefaultsPodTemplateSpec(replicaSet.Spec.Template);
    }

    /// <summary>
    /// OrderedReady, RollingUpdate with partition 0, Retain/Retain claim retention, replicas 1,
    /// revisionHistoryLimit 10. (maxUnavailable stays unset: upstream defaults it only behind the
    /// MaxUnavailableStatefulSet feature gate, off by default.)
    /// </summary>
    public static void SetDefaultsStatefulSet(StatefulSet statefulSet)
    {
        var spec = statefulSet.Spec;
        if (string.IsNullOrEmpty(spec.PodManagementPolicy))
        {
            spec.PodManagementPolicy = PodManagementPolicyType.OrderedReady;
        }

        if (string.IsNullOrEmpty(spec.UpdateStrategy.Type))
        {
            spec.UpdateStrategy.Type = StatefulSetUpdateStrategyType.RollingUpdate;
            spec.UpdateStrategy.RollingUpdate ??= new RollingUpdateStatefulSetStrategy();
        }

        if (spec.UpdateStrategy is { Type: StatefulSetUpdateStrategyType.RollingUpdate, RollingUpdate: { } rollingUpdate })
        {
            rollingUpdate.Partition ??= 0;
        }

        spec.PersistentVolumeClaimRetentionPolicy ??= new StatefulSetPersistentVolumeClaimRetentionPolicy();
        var retention = spec.PersistentVolumeClaimRetentionPolicy;
        if (string.IsNullOrEmpty(retention.WhenDeleted))
        {
            retention.WhenDeleted = PersistentVolumeClaimRetentionPolicyType.Retain;
        }

        if (string.IsNullOrEmpty(retention.WhenScaled))
        {
            retention.WhenScaled = PersistentVolumeClaimRetentionPolicyType.Retain;
        }

        spec.Replicas ??= 1;
        spec.RevisionHistoryLimit ??= DefaultRevisionHistoryLimit;
        CoreDefaults.SetDefaultsPodTemplateSpec(spec.Template);
    }

    /// <summary>RollingUpdate with maxUnavailable 1 and maxSurge 0, revisionHistoryLimit 10.</summary>
    public static void SetDefaultsDaemonSet(DaemonSet daemonSet)
    {
        var spec = daemonSet.Spec;
        var strategy = spec.UpdateStrategy;
        if (string.IsNullOrEmpty(strategy.Type))
        {
            strategy.Type = DaemonSetUpdateStrategyType.RollingUpdate;
        }

        if (strategy.Type == DaemonSetUpdateStrategyType.RollingUpdate)
        {
            strategy.RollingUpdate ??= new RollingUpdateDaemonSet();
            strategy.RollingUpdate.MaxUnavailable ??= new IntOrString(1);
            strategy.RollingUpdate.MaxSurge ??= new IntOrString(0);
        }

        spec.RevisionHistoryLimit ??= DefaultRevisionHistoryLimit;
        CoreDefaults.SetDefaultsPodTemplateSpec(spec.Template);
    }
}

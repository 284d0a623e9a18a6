using KubeSharp.Api;
using KubeSharp.Api.Apps.V1;
using KubeSharp.Api.Autoscaling.V2;
using KubeSharp.Api.Batch.V1;
using KubeSharp.Api.Coordination.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Networking.V1;
using KubeSharp.Api.Policy.V1;
using KubeSharp.Api.Rbac.V1;
using KubeSharp.Api.Scheduling.V1;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Registry.Batch.Jobs;
using KubeSharp.ApiServer.Registry.Core.Namespaces;
using KubeSharp.ApiServer.Registry.Core.Pods;
using KubeSharp.Machinery.Defaults;
using KubeSharp.Machinery.Validation;
using KubeSharp.Machinery.Validation.Apps;
using KubeSharp.Machinery.Validation.Batch;
using KubeSharp.Machinery.Validation.Core;
using KubeSharp.Machinery.Validation.Groups;

namespace KubeSharp.ApiServer.Registry;

/// <summary>
/// The strategy of each built-in resource: its own where upstream's registry has rules of its own, the machinery's
/// defaulting and validation where upstream's strategy only adds those to the generic steps, the generic one
/// (metadata rules only) for kinds the machinery cannot validate yet.
/// </summary>
public static class RestStrategies
{
    public static IRestStrategy For(ResourceMapping mapping) => (mapping.Kind.Group, mapping.Resource) switch
    {
        ("", "namespaces") => new NamespaceStrategy(mapping),
        ("", "pods") => new PodStrategy(mapping),
        ("batch", "jobs") => new JobStrategy(mapping),
        ("apps", "deployments") => Machinery<Deployment>(mapping, AppsDefaults.SetDefaultsDeployment, d => AppsValidation.ValidateDeployment(d), (d, o) => AppsValidation.ValidateDeploymentUpdate(d, o), annotationsBumpGeneration: true),
        ("apps", "replicasets") => Machinery<ReplicaSet>(mapping, AppsDefaults.SetDefaultsReplicaSet, r => AppsValidation.ValidateReplicaSet(r), (r, o) => AppsValidation.ValidateReplicaSetUpdate(r, o)),
        ("apps", "statefulsets") => Machinery<StatefulSet>(mapping, AppsDefaults.SetDefaultsStatefulSet, s => StatefulSetValidation.ValidateStatefulSet(s), (s, o) => StatefulSetValidation.ValidateStatefulSetUpdate(s, o), NameValidation.NameIsDNSLabel),
        ("apps", "daemonsets") => Machinery<DaemonSet>(mapping, AppsDefaults.SetDefaultsDaemonSet, d => DaemonSetValidation.ValidateDaemonSet(d), (d, o) => DaemonSetValidation.ValidateDaemonSetUpdate(d, o)),
        ("batch", "cronjobs") => Machinery<CronJob>(mapping, BatchDefaults.SetDefaultsCronJob, c => CronJobValidation.ValidateCronJobCreate(c), (c, o) => CronJobValidation.ValidateCronJobUpdate(c, o)),
        ("", "services") => Machinery<Service>(mapping, CoreDefaults.SetDefaultsService, ServiceValidation.ValidateService, ServiceValidation.ValidateServiceUpdate, NameValidation.NameIsDNS1035Label),
        ("", "configmaps") => Machinery<ConfigMap>(mapping, null, ConfigValidation.ValidateConfigMap, ConfigValidation.ValidateConfigMapUpdate),
        ("", "secrets") => Machinery<Secret>(mapping, CoreDefaults.SetDefaultsSecret, ConfigValidation.ValidateSecret, ConfigValidation.ValidateSecretUpdate),
        ("", "nodes") => Machinery<Node>(mapping, CoreDefaults.SetDefaultsNode, ConfigValidation.ValidateNode, ConfigValidation.ValidateNodeUpdate),
        ("networking.k8s.io", "ingresses") => Machinery<Ingress>(mapping, null, NetworkingValidation.ValidateIngress, NetworkingValidation.ValidateIngressUpdate),
        ("policy", "poddisruptionbudgets") => Machinery<PodDisruptionBudget>(mapping, null, b => PolicyValidation.ValidatePodDisruptionBudget(b), PolicyValidation.ValidatePodDisruptionBudgetUpdate),
        ("rbac.authorization.k8s.io", "roles") => Machinery<Role>(mapping, null, RbacValidation.ValidateRole, RbacValidation.ValidateRoleUpdate, NameValidation.ValidatePathSegmentName),
        ("rbac.authorization.k8s.io", "clusterroles") => Machinery<ClusterRole>(mapping, null, RbacValidation.ValidateClusterRole, RbacValidation.ValidateClusterRoleUpdate, NameValidation.ValidatePathSegmentName),
        ("rbac.authorization.k8s.io", "rolebindings") => Machinery<RoleBinding>(mapping, GroupDefaults.SetDefaultsRoleBinding, RbacValidation.ValidateRoleBinding, RbacValidation.ValidateRoleBindingUpdate, NameValidation.ValidatePathSegmentName),
        ("rbac.authorization.k8s.io", "clusterrolebindings") => Machinery<ClusterRoleBinding>(mapping, GroupDefaults.SetDefaultsClusterRoleBinding, RbacValidation.ValidateClusterRoleBinding, RbacValidation.ValidateClusterRoleBindingUpdate, NameValidation.ValidatePathSegmentName),
        ("scheduling.k8s.io", "priorityclasses") => Machinery<PriorityClass>(mapping, GroupDefaults.SetDefaultsPriorityClass, SchedulingValidation.ValidatePriorityClass, SchedulingValidation.ValidatePriorityClassUpdate),
        ("coordination.k8s.io", "leases") => Machinery<Lease>(mapping, null, CoordinationValidation.ValidateLease, CoordinationValidation.ValidateLeaseUpdate),
        ("autoscaling", "horizontalpodautoscalers") => Machinery<HorizontalPodAutoscaler>(mapping, GroupDefaults.SetDefaultsHorizontalPodAutoscaler, AutoscalingValidation.ValidateHorizontalPodAutoscaler, AutoscalingValidation.ValidateHorizontalPodAutoscalerUpdate),
        _ => new RestStrategy(mapping),
    };

    /// <summary>The machinery's rules for <typeparamref name="T"/>, when the served version is the one they are written for.</summary>
    private static IRestStrategy Machinery<T>(
        ResourceMapping mapping,
        Action<T>? defaults,
        Func<T, FieldErrorList> validate,
        Func<T, T, FieldErrorList> validateUpdate,
        Func<string, bool, List<string>>? name = null,
        bool annotationsBumpGeneration = false)
        where T : KubeObject =>
        mapping.Type == typeof(T)
            ? new MachineryStrategy<T>(mapping, defaults, validate, validateUpdate, name, annotationsBumpGeneration)
            : new RestStrategy(mapping);
}

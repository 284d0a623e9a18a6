using KubeSharp.Api.Autoscaling.V2;
using KubeSharp.Api.Rbac.V1;
using KubeSharp.Api.Scheduling.V1;
using KubeSharp.Machinery.Validation.Groups;

namespace KubeSharp.Machinery.Defaults;

/// <summary>
/// Defaults of the other built-in groups that have any (upstream's rbac/v1, scheduling/v1 and autoscaling/v2
/// defaults.go). Policy, networking and coordination objects have none in v1.
/// </summary>
public static class GroupDefaults
{
    public const int DefaultCPUUtilization = 80;

    /// <summary>roleRef.apiGroup is the RBAC group; subjects get their kind's API group.</summary>
    public static void SetDefaultsRoleBinding(RoleBinding binding) => SetDefaultsBinding(binding.RoleRef, binding.Subjects);

    public static void SetDefaultsClusterRoleBinding(ClusterRoleBinding binding) => SetDefaultsBinding(binding.RoleRef, binding.Subjects);

    /// <summary>preemptionPolicy PreemptLowerPriority.</summary>
    public static void SetDefaultsPriorityClass(PriorityClass priorityClass)
    {
        if (string.IsNullOrEmpty(priorityClass.PreemptionPolicy))
        {
            priorityClass.PreemptionPolicy = "PreemptLowerPriority";
        }
    }

    /// <summary>minReplicas 1; without metrics, a CPU utilization target of 80%.</summary>
    public static void SetDefaultsHorizontalPodAutoscaler(HorizontalPodAutoscaler autoscaler)
    {
        var spec = autoscaler.Spec;
        spec.MinReplicas ??= 1;
        if (spec.Metrics is not { Count: > 0 })
        {
            spec.Metrics =
            [
                new MetricSpec
                {
                    Type = "Resource",
                    Resource = new ResourceMetricSource { Name = "cpu", Target = new MetricTarget { Type = "Utilization", AverageUtilization = DefaultCPUUtilization } },
                },
            ];
        }
    }

    private static void SetDefaultsBinding(RoleRef roleRef, List<Subject>? subjects)
    {
        if (roleRef.APIGroup.Length == 0)
        {
            roleRef.APIGroup = RbacValidation.GroupName;
        }

        foreach (var subject in subjects ?? [])
        {
            if (string.IsNullOrEmpty(subject.APIGroup))
            {
                subject.APIGroup = subject.Kind switch
                {
                    SubjectKind.User or SubjectKind.Group => RbacValidation.GroupName,
                    _ => subject.APIGroup,
                };
            }
        }
    }
}

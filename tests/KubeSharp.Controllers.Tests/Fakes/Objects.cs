using KubeSharp.Api.Apps.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using ConditionStatus = KubeSharp.Api.Core.V1.ConditionStatus;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Tests.Fakes;

/// <summary>Object builders for controller tests.</summary>
public static class Objects
{
    public static Dictionary<string, string> Labels(params string[] pairs)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            labels[pairs[i]] = pairs[i + 1];
        }

        return labels;
    }

    public static PodTemplateSpec Template(Dictionary<string, string> labels, string image = "busybox") => new()
    {
        Metadata = new ObjectMeta { Labels = new Dictionary<string, string>(labels) },
        Spec = new PodSpec { Containers = [new Container { Name = "app", Image = image }] },
    };

    public static V1ReplicaSet NewReplicaSet(string name, int replicas, Dictionary<string, string> labels, string ns = "default") => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Spec = new ReplicaSetSpec
        {
            Replicas = replicas,
            Selector = new LabelSelector { MatchLabels = new Dictionary<string, string>(labels) },
            Template = Template(labels),
        },
    };

    /// <summary>A Deployment as the API server's defaulting leaves it: RollingUpdate 25%/25%, 600 s progress deadline, 10 revisions.</summary>
    public static V1Deployment NewDeployment(string name, int replicas, Dictionary<string, string> labels, string ns = "default") => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Spec = new DeploymentSpec
        {
            Replicas = replicas,
            Selector = new LabelSelector { MatchLabels = new Dictionary<string, string>(labels) },
            Template = Template(labels),
            Strategy = new DeploymentStrategy { Type = DeploymentStrategyType.RollingUpdate, RollingUpdate = new RollingUpdateDeployment { MaxSurge = "25%", MaxUnavailable = "25%" } },
            ProgressDeadlineSeconds = 600,
            RevisionHistoryLimit = 10,
        },
    };

    public static Pod Pod(string name, Dictionary<string, string> labels, string ns = "default", string? phase = PodPhase.Running, string? node = "node-1") => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns, Labels = new Dictionary<string, string>(labels) },
        Spec = new PodSpec { NodeName = node, Containers = [new Container { Name = "app", Image = "busybox" }] },
        Status = new PodStatus { Phase = phase },
    };

    /// <summary>Marks a pod Ready since <paramref name="since"/>.</summary>
    public static Pod Ready(this Pod pod, DateTimeOffset since)
    {
        pod.Status.Conditions = [new PodCondition { Type = PodConditionType.Ready, Status = ConditionStatus.True, LastTransitionTime = since }];
        return pod;
    }

    public static T OwnedBy<T>(this T obj, Api.KubeObject owner, string kind, string apiVersion = "apps/v1")
        where T : Api.KubeObject
    {
        obj.Metadata.OwnerReferences = [new OwnerReference { ApiVersion = apiVersion, Kind = kind, Name = owner.Metadata.Name ?? "", Uid = owner.Metadata.Uid ?? "", Controller = true, BlockOwnerDeletion = true }];
        return obj;
    }
}

namespace KubeSharp.Api.Apps.V1;

/// <summary>Well-known labels and annotations of apps/v1 controllers.</summary>
public static class AppsLabels
{
    public const string ControllerRevisionHashLabelKey = "controller-revision-hash";

    public const string StatefulSetPodNameLabel = "statefulset.kubernetes.io/pod-name";

    public const string PodIndexLabel = "apps.kubernetes.io/pod-index";

    public const string DefaultDeploymentUniqueLabelKey = "pod-template-hash";

    public const string DeprecatedRollbackTo = "deprecated.deployment.rollback.to";

    public const string DeprecatedTemplateGeneration = "deprecated.daemonset.template.generation";
}

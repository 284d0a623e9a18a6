namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// The labels and annotations the kubelet puts on sandboxes and containers so it can find its pods in the runtime
/// again after a restart, with upstream's names (pkg/kubelet/types/labels.go and kuberuntime/labels.go).
/// </summary>
public static class KubeletLabels
{
    public const string PodName = "io.kubernetes.pod.name";

    public const string PodNamespace = "io.kubernetes.pod.namespace";

    public const string PodUid = "io.kubernetes.pod.uid";

    public const string ContainerName = "io.kubernetes.container.name";

    /// <summary>Marks sandboxes and containers the kubelet created (upstream's io.kubernetes.container.type equivalent for ours).</summary>
    public const string ContainerType = "io.kubernetes.container.type";

    /// <summary>The hash of the container spec it was created from; a different hash means the spec changed and the container is replaced.</summary>
    public const string ContainerHash = "io.kubernetes.container.hash";

    public const string ContainerRestartCount = "io.kubernetes.container.restartCount";

    public const string TerminationMessagePath = "io.kubernetes.container.terminationMessagePath";

    public const string TerminationMessagePolicy = "io.kubernetes.container.terminationMessagePolicy";

    public const string PodTerminationGracePeriod = "io.kubernetes.pod.terminationGracePeriod";

    public const string ContainerTypeInit = "init";

    public const string ContainerTypeRegular = "container";
}

namespace KubeSharp.Kubelet.Simulated;

/// <summary>The labels the kubelet puts on sandboxes and containers to find their pod again (upstream's pkg/kubelet/types/labels.go).</summary>
public static class RuntimeLabels
{
    public const string PodName = "io.kubernetes.pod.name";

    public const string PodNamespace = "io.kubernetes.pod.namespace";

    public const string PodUid = "io.kubernetes.pod.uid";

    public const string ContainerName = "io.kubernetes.container.name";
}

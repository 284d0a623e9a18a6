namespace KubeSharp.Controllers.ControllerManager;

/// <summary>
/// Controller names as kube-controller-manager knows them (cmd/kube-controller-manager/names): the canonical
/// <c>…-controller</c> names, and the short aliases <c>--controllers</c> has always accepted.
/// </summary>
public static class ControllerNames
{
    public const string ReplicaSetController = "replicaset-controller";
    public const string DeploymentController = "deployment-controller";
    public const string GarbageCollectorController = "garbage-collector-controller";
    public const string NamespaceController = "namespace-controller";
    public const string ServiceAccountController = "serviceaccount-controller";
    public const string RootCaCertificatePublisherController = "root-ca-certificate-publisher-controller";
    public const string PodGarbageCollectorController = "pod-garbage-collector-controller";
}

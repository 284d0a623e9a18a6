namespace KubeSharp.Api.Certificates.V1;

/// <summary>Signers built into kube-controller-manager.</summary>
public static class SignerName
{
    public const string KubeAPIServerClient = "kubernetes.io/kube-apiserver-client";

    public const string KubeAPIServerClientKubelet = "kubernetes.io/kube-apiserver-client-kubelet";

    public const string KubeletServing = "kubernetes.io/kubelet-serving";
}

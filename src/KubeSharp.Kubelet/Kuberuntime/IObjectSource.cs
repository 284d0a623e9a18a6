using KubeSharp.Api.Core.V1;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>The ConfigMaps and Secrets pods refer to (upstream's configmap and secret managers): null when absent.</summary>
public interface IObjectSource
{
    Task<ConfigMap?> GetConfigMapAsync(string ns, string name, CancellationToken cancellationToken);

    Task<Secret?> GetSecretAsync(string ns, string name, CancellationToken cancellationToken);
}

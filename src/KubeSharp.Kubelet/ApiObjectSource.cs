using KubeSharp.Api.Core.V1;
using KubeSharp.Client;
using KubeSharp.Kubelet.Kuberuntime;
using KubeSharp.Machinery.Errors;

namespace KubeSharp.Kubelet;

/// <summary>ConfigMaps and Secrets read from the API server when a container starts (upstream's "Get" manager strategy).</summary>
internal sealed class ApiObjectSource(Kubernetes client) : IObjectSource
{
    public async Task<ConfigMap?> GetConfigMapAsync(string ns, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await client.Resource<ConfigMap>().Namespace(ns).GetAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (ApiErrors.IsNotFound(error))
        {
            return null;
        }
    }

    public async Task<Secret?> GetSecretAsync(string ns, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await client.Resource<Secret>().Namespace(ns).GetAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (ApiErrors.IsNotFound(error))
        {
            return null;
        }
    }
}

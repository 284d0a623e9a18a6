using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Controllers;

/// <summary>
/// How controllers create and delete pods (upstream's <c>PodControlInterface</c>), behind an interface so sync
/// handlers can be tested against a fake that records what they asked for.
/// </summary>
public interface IPodControl
{
    /// <summary>Creates a pod from <paramref name="template"/> owned by <paramref name="controllerRef"/>; records an event on <paramref name="owner"/>.</summary>
    Task CreatePodsAsync(string ns, PodTemplateSpec template, IKubernetesObject owner, OwnerReference controllerRef, CancellationToken cancellationToken);

    /// <summary>Deletes a pod; records an event on <paramref name="owner"/>. A missing pod throws the API's NotFound.</summary>
    Task DeletePodAsync(string ns, string name, IKubernetesObject owner, CancellationToken cancellationToken);

    /// <summary>Applies a strategic merge patch to a pod (adoption and release of owner references).</summary>
    Task PatchPodAsync(string ns, string name, string patch, CancellationToken cancellationToken);
}

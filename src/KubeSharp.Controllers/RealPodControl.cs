using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client;
using KubeSharp.Client.Events;
using KubeSharp.Client.Rest;
using KubeSharp.Machinery.Errors;

namespace KubeSharp.Controllers;

/// <summary>Upstream's <c>RealPodControl</c>: pods created and deleted through the API, with the events kubectl describe shows.</summary>
public sealed class RealPodControl(Kubernetes client, IEventRecorder recorder) : IPodControl
{
    public const string FailedCreatePodReason = "FailedCreate";
    public const string SuccessfulCreatePodReason = "SuccessfulCreate";
    public const string FailedDeletePodReason = "FailedDelete";
    public const string SuccessfulDeletePodReason = "SuccessfulDelete";

    /// <summary>The status cause the API server sets when a namespace being deleted refuses new objects.</summary>
    public const string NamespaceTerminatingCause = "NamespaceTerminating";

    public async Task CreatePodsAsync(string ns, PodTemplateSpec template, IKubernetesObject owner, OwnerReference controllerRef, CancellationToken cancellationToken)
    {
        var pod = GetPodFromTemplate(template, owner, controllerRef);
        if (pod.Metadata.Labels is not { Count: > 0 })
        {
            throw new InvalidOperationException("unable to create pods, no labels");
        }

        Pod created;
        try
        {
            created = await client.Resource<Pod>().Namespace(ns).CreateAsync(pod, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error)
        {
            // As upstream: a namespace being torn down is expected to refuse pods, so no warning for it.
            if (!HasStatusCause(error, NamespaceTerminatingCause))
            {
                recorder.Event(owner, EventTypes.Warning, FailedCreatePodReason, "Error creating: " + error.Message);
            }

            throw;
        }

        recorder.Event(owner, EventTypes.Normal, SuccessfulCreatePodReason, "Created pod: " + created.Metadata.Name);
    }

    public async Task DeletePodAsync(string ns, string name, IKubernetesObject owner, CancellationToken cancellationToken)
    {
        try
        {
            await client.Resource<Pod>().Namespace(ns).DeleteAsync(name, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (!ApiErrors.IsNotFound(error))
        {
            recorder.Event(owner, EventTypes.Warning, FailedDeletePodReason, "Error deleting: " + error.Message);
            throw;
        }

        recorder.Event(owner, EventTypes.Normal, SuccessfulDeletePodReason, "Deleted pod: " + name);
    }

    public Task PatchPodAsync(string ns, string name, string patch, CancellationToken cancellationToken) =>
        client.Resource<Pod>().Namespace(ns).PatchAsync(name, PatchType.StrategicMerge, patch, cancellationToken: cancellationToken);

    /// <summary>
    /// The pod a controller creates from its template (upstream's GetPodFromTemplate): the template's labels,
    /// annotations, finalizers and spec, a generateName of the owner's name and a dash, and the controller reference.
    /// </summary>
    public static Pod GetPodFromTemplate(PodTemplateSpec template, IKubernetesObject owner, OwnerReference? controllerRef)
    {
        var copy = ObjectCopy.DeepCopy(template);
        var pod = new Pod
        {
            Metadata = new ObjectMeta
            {
                Labels = copy.Metadata.Labels is { } labels ? new Dictionary<string, string>(labels) : null,
                Annotations = copy.Metadata.Annotations is { } annotations ? new Dictionary<string, string>(annotations) : null,
                Finalizers = copy.Metadata.Finalizers,
                GenerateName = (owner.Metadata.Name ?? "") + "-",
            },
            Spec = copy.Spec,
        };
        if (controllerRef is not null)
        {
            pod.Metadata.OwnerReferences = [controllerRef];
        }

        return pod;
    }

    internal static bool HasStatusCause(ApiException error, string causeType) =>
        error.Status.Details?.Causes?.Any(cause => cause.Type == causeType) == true;
}

using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Scheme;
using KubeSharp.Machinery.Defaults;
using KubeSharp.Machinery.Validation;
using KubeSharp.Machinery.Validation.Core;

namespace KubeSharp.ApiServer.Registry.Core.Pods;

/// <summary>
/// Pods, as upstream's pkg/registry/core/pod strategy: defaults from the machinery, a new pod is Pending with its
/// QoS class, validation of create and update, and graceful deletion — a pod bound to a node keeps existing with a
/// deletionTimestamp until its kubelet confirms (grace period from the request, else the pod's
/// terminationGracePeriodSeconds); an unbound or finished pod goes at once.
/// </summary>
public sealed class PodStrategy(ResourceMapping mapping) : TypedRestStrategy<Pod>(mapping)
{
    protected override void PrepareForCreate(Pod pod)
    {
        CoreDefaults.SetDefaultsPod(pod);
        pod.Status = new PodStatus { Phase = PodPhase.Pending, QOSClass = QosClass(pod.Spec) };
    }

    protected override void PrepareForUpdate(Pod pod, Pod old) => CoreDefaults.SetDefaultsPod(pod);

    protected override IReadOnlyList<FieldError> Validate(Pod pod) => PodValidation.ValidatePodCreate(pod);

    protected override IReadOnlyList<FieldError> ValidateUpdate(Pod pod, Pod old) => PodValidation.ValidatePodUpdate(pod, old);

    public override long? GracePeriodSeconds(JsonObject obj, long? requested)
    {
        var pod = ToTyped(obj);
        if (string.IsNullOrEmpty(pod.Spec.NodeName) || pod.Status.Phase is PodPhase.Succeeded or PodPhase.Failed)
        {
            return null;
        }

        var seconds = requested ?? pod.Spec.TerminationGracePeriodSeconds ?? CoreDefaults.DefaultTerminationGracePeriodSeconds;
        return seconds > 0 ? seconds : null;
    }

    /// <summary>Upstream's GetPodQOS over regular containers: BestEffort without any request or limit, Guaranteed when every container limits cpu and memory to its requests.</summary>
    private static string QosClass(PodSpec spec)
    {
        var any = false;
        var guaranteed = true;
        foreach (var container in spec.Containers.Concat(spec.InitContainers ?? []))
        {
            var requests = container.Resources?.Requests;
            var limits = container.Resources?.Limits;
            any |= requests is { Count: > 0 } || limits is { Count: > 0 };
            foreach (var resource in new[] { "cpu", "memory" })
            {
                if (limits is null || !limits.TryGetValue(resource, out var limit) || (requests is not null && requests.TryGetValue(resource, out var request) && request.CompareTo(limit) != 0))
                {
                    guaranteed = false;
                }
            }
        }

        return !any ? PodQOSClass.BestEffort : guaranteed ? PodQOSClass.Guaranteed : PodQOSClass.Burstable;
    }
}

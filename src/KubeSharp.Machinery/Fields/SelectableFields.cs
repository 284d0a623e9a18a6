using System.Collections.Concurrent;
using KubeSharp.Api;
using KubeSharp.Api.Core.V1;

namespace KubeSharp.Machinery.Fields;

/// <summary>
/// The field set a field selector is matched against, per kind (upstream's ToSelectableFields /
/// GetAttrs in each registry strategy): metadata.name, metadata.namespace for namespaced kinds, and each
/// kind's extra fields rendered as upstream renders them (booleans as true/false, integers in decimal).
/// Groups outside core register their kinds with <see cref="Register{T}"/>.
/// </summary>
public static class SelectableFields
{
    private static readonly ConcurrentDictionary<Type, Func<object, Dictionary<string, string>>> Extractors = new()
    {
        [typeof(Pod)] = o => ForPod((Pod)o),
        [typeof(Node)] = o => Meta((Node)o, false, new() { ["spec.unschedulable"] = Bool(((Node)o).Spec.Unschedulable) }),
        [typeof(Namespace)] = o => Meta((Namespace)o, false, new() { ["status.phase"] = ((Namespace)o).Status.Phase ?? "" }),
        [typeof(Secret)] = o => Meta((Secret)o, true, new() { ["type"] = ((Secret)o).Type ?? "" }),
        [typeof(Service)] = o => Meta((Service)o, true, new()
        {
            ["spec.clusterIP"] = ((Service)o).Spec.ClusterIP ?? "",
            ["spec.type"] = ((Service)o).Spec.Type ?? "",
        }),
        [typeof(Event)] = o => ForEvent((Event)o),
        [typeof(ReplicationController)] = o => Meta((ReplicationController)o, true, new()
        {
            ["status.replicas"] = ((ReplicationController)o).Status.Replicas.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }),
    };

    /// <summary>Registers the extractor for a kind (its own fields; metadata fields are added by <see cref="Meta"/>).</summary>
    public static void Register<T>(Func<T, Dictionary<string, string>> extractor)
        where T : KubeObject =>
        Extractors[typeof(T)] = o => extractor((T)o);

    /// <summary>
    /// The selectable fields of an object. Kinds without an extractor expose metadata.name and, when set,
    /// metadata.namespace.
    /// </summary>
    public static Dictionary<string, string> Of(KubeObject obj) =>
        Extractors.TryGetValue(obj.GetType(), out var extractor)
            ? extractor(obj)
            : Meta(obj, !string.IsNullOrEmpty(obj.Metadata.Namespace), []);

    /// <summary>Does the object match the selector?</summary>
    public static bool Matches(FieldSelector selector, KubeObject obj) => selector.IsEmpty || selector.Matches(Of(obj));

    /// <summary>Adds metadata.name and (for namespaced kinds) metadata.namespace to <paramref name="fields"/>.</summary>
    public static Dictionary<string, string> Meta(KubeObject obj, bool namespaced, Dictionary<string, string> fields)
    {
        fields["metadata.name"] = obj.Metadata.Name ?? "";
        if (namespaced)
        {
            fields["metadata.namespace"] = obj.Metadata.Namespace ?? "";
        }

        return fields;
    }

    private static Dictionary<string, string> ForPod(Pod pod)
    {
        var podIP = pod.Status.PodIPs is { Count: > 0 } ips ? ips[0].IP : pod.Status.PodIP ?? "";
        return Meta(pod, true, new()
        {
            ["spec.nodeName"] = pod.Spec.NodeName ?? "",
            ["spec.restartPolicy"] = pod.Spec.RestartPolicy ?? "",
            ["spec.schedulerName"] = pod.Spec.SchedulerName ?? "",
            ["spec.serviceAccountName"] = pod.Spec.ServiceAccountName ?? "",
            ["spec.hostNetwork"] = Bool(pod.Spec.HostNetwork),
            ["status.phase"] = pod.Status.Phase ?? "",
            ["status.podIP"] = podIP,
            ["status.nominatedNodeName"] = pod.Status.NominatedNodeName ?? "",
        });
    }

    private static Dictionary<string, string> ForEvent(Event e)
    {
        var source = string.IsNullOrEmpty(e.Source.Component) ? e.ReportingController : e.Source.Component;
        return Meta(e, true, new()
        {
            ["involvedObject.kind"] = e.InvolvedObject.Kind ?? "",
            ["involvedObject.namespace"] = e.InvolvedObject.Namespace ?? "",
            ["involvedObject.name"] = e.InvolvedObject.Name ?? "",
            ["involvedObject.uid"] = e.InvolvedObject.Uid ?? "",
            ["involvedObject.apiVersion"] = e.InvolvedObject.ApiVersion ?? "",
            ["involvedObject.resourceVersion"] = e.InvolvedObject.ResourceVersion ?? "",
            ["involvedObject.fieldPath"] = e.InvolvedObject.FieldPath ?? "",
            ["reason"] = e.Reason ?? "",
            ["reportingComponent"] = e.ReportingController,
            ["source"] = source,
            ["type"] = e.Type ?? "",
        });
    }

    private static string Bool(bool? value) => value == true ? "true" : "false";
}

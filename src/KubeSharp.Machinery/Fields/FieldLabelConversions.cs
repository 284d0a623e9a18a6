using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Machinery.Fields;

/// <summary>
/// Which field labels each kind accepts in a field selector, and their renames, as upstream registers them
/// with AddFieldLabelConversionFunc (pkg/apis/core/v1/conversion.go, apps, batch). Every other kind gets
/// upstream's DefaultMetaV1FieldSelectorConversion: only metadata.name and metadata.namespace.
/// </summary>
public static class FieldLabelConversions
{
    private static readonly Dictionary<(string Group, string Kind), string[]> Supported = new()
    {
        [("", "Pod")] =
        [
            "metadata.name", "metadata.namespace", "spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
            "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.podIPs",
            "status.nominatedNodeName",
        ],
        [("", "Node")] = ["metadata.name", "spec.unschedulable"],
        [("", "ReplicationController")] = ["metadata.name", "metadata.namespace", "status.replicas"],
        [("", "Event")] =
        [
            "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
            "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
            "reportingComponent", "source", "type", "metadata.namespace", "metadata.name",
        ],
        [("", "Namespace")] = ["status.phase", "metadata.name"],
        [("", "Secret")] = ["type", "metadata.namespace", "metadata.name"],
        [("", "Service")] = ["metadata.namespace", "metadata.name", "spec.clusterIP", "spec.type"],
        [("apps", "ReplicaSet")] = ["metadata.name", "metadata.namespace", "status.replicas"],
        [("batch", "Job")] = ["metadata.name", "metadata.namespace", "status.successful"],
        [("certificates.k8s.io", "CertificateSigningRequest")] = ["metadata.name", "spec.signerName"],
    };

    /// <summary>The field labels a kind accepts, or null when only the defaults (metadata.name, metadata.namespace) apply.</summary>
    public static IReadOnlyList<string>? SupportedLabels(string group, string kind) =>
        Supported.TryGetValue((group, kind), out var labels) ? labels : null;

    /// <summary>
    /// Checks and converts one field label for a kind, returning the (possibly renamed) label and value.
    /// </summary>
    /// <exception cref="SelectorParseException">with upstream's message for an unsupported label.</exception>
    public static (string Label, string Value) Convert(string group, string kind, string label, string value)
    {
        if (Supported.TryGetValue((group, kind), out var labels))
        {
            // Old v1 clients send spec.host for pods.
            if (group.Length == 0 && kind == "Pod" && label == "spec.host")
            {
                return ("spec.nodeName", value);
            }

            if (Array.IndexOf(labels, label) >= 0)
            {
                return (label, value);
            }

            throw new SelectorParseException("field label not supported: " + label);
        }

        if (label is "metadata.name" or "metadata.namespace")
        {
            return (label, value);
        }

        throw new SelectorParseException(GoFormat.Quote(label) + " is not a known field selector: only \"metadata.name\", \"metadata.namespace\"");
    }

    /// <summary>Converts every term of a selector for a kind (upstream's ParseAndTransformSelector with the kind's conversion).</summary>
    public static FieldSelector ConvertSelector(string group, string kind, FieldSelector selector) =>
        selector.Transform((label, value) => Convert(group, kind, label, value));
}

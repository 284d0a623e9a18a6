using System.Text.Json.Nodes;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Endpoints;

namespace KubeSharp.ApiServer.Admission.Plugins.NamespaceLifecycle;

/// <summary>
/// Upstream's NamespaceLifecycle plugin: nothing is created in a namespace that does not exist (404
/// <c>namespaces "x" not found</c>) or is terminating (403 with cause <c>NamespaceTerminating</c>, which
/// kubectl drain recognises), and the namespaces the system needs cannot be deleted.
/// </summary>
public sealed class NamespaceLifecycle(Func<string, CancellationToken, ValueTask<JsonObject?>> getNamespace) : IAdmissionPlugin
{
    /// <summary>Namespaces that may never be deleted (upstream's immortal namespaces).</summary>
    public static readonly string[] Immortal = ["default", "kube-system", "kube-public"];

    private static readonly GroupVersionResource Namespaces = new("", "v1", "namespaces");

    public string Name => "NamespaceLifecycle";

    public async ValueTask AdmitAsync(AdmissionAttributes attributes, CancellationToken cancellationToken)
    {
        var mapping = attributes.Mapping;
        if (mapping.Kind.Group.Length == 0 && mapping.Resource == "namespaces")
        {
            if (attributes.Operation == AdmissionOperation.Delete && Array.IndexOf(Immortal, attributes.Name) >= 0)
            {
                throw StatusErrors.Forbidden(Namespaces, attributes.Name, "this namespace may not be deleted");
            }

            return;
        }

        if (!mapping.Namespaced || attributes.Operation != AdmissionOperation.Create || attributes.Namespace.Length == 0)
        {
            return;
        }

        var ns = await getNamespace(attributes.Namespace, cancellationToken)
            ?? throw StatusErrors.NotFound(Namespaces, attributes.Namespace);
        var terminating = ns["status"] is JsonObject status && status["phase"]?.GetValue<string>() == "Terminating"
            || Registry.Generic.ObjectMetadata.HasDeletionTimestamp(ns);

        // Upstream lets events through so that namespace clean-up can still be reported.
        if (terminating && !(mapping.Resource == "events"))
        {
            throw StatusErrors.Forbidden(
                mapping.GroupVersionResource,
                attributes.Name,
                $"unable to create new content in namespace {attributes.Namespace} because it is being terminated",
                new StatusCause("NamespaceTerminating", $"namespace {attributes.Namespace} is being terminated", "metadata.namespace"));
        }
    }
}

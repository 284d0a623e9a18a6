using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.OpenApi;

/// <summary>
/// The definition (component schema) name upstream gives a type: its Go package path reversed
/// (<c>io.k8s.api.core.v1.Pod</c>, <c>io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta</c>). kubectl does not
/// parse these names, but people read them in <c>kubectl explain</c> and tools compare documents.
/// </summary>
public static class OpenApiDefinitionNames
{
    private const string Meta = "io.k8s.apimachinery.pkg.apis.meta.v1.";

    /// <summary>The definition name of <paramref name="type"/>.</summary>
    public static string For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KubeList<>))
        {
            var item = type.GetGenericArguments()[0];
            return For(item) + "List";
        }

        if (type == typeof(Quantity))
        {
            return "io.k8s.apimachinery.pkg.api.resource.Quantity";
        }

        if (type == typeof(IntOrString))
        {
            return "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
        }

        if (type == typeof(DateTimeOffset))
        {
            return Meta + "Time";
        }

        if (type == typeof(MicroTime))
        {
            return Meta + "MicroTime";
        }

        return PackageOf(type.Namespace ?? "") + type.Name;
    }

    /// <summary>Our namespace (KubeSharp.Api.Apps.V1) as upstream's package prefix (io.k8s.api.apps.v1.).</summary>
    private static string PackageOf(string ns)
    {
        const string Root = "KubeSharp.Api.";
        var relative = ns.StartsWith(Root, StringComparison.Ordinal) ? ns[Root.Length..] : ns;
        var parts = relative.Split('.');
        if (parts.Length != 2)
        {
            return "io.k8s.kubesharp." + relative.ToLowerInvariant() + ".";
        }

        var group = parts[0];
        var version = parts[1].ToLowerInvariant();
        return group switch
        {
            "Meta" => $"io.k8s.apimachinery.pkg.apis.meta.{version}.",
            "ApiExtensions" => $"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.{version}.",
            "Metrics" => $"io.k8s.metrics.pkg.apis.metrics.{version}.",
            "NodeApi" => $"io.k8s.api.node.{version}.",
            _ => $"io.k8s.api.{group.ToLowerInvariant()}.{version}.",
        };
    }
}

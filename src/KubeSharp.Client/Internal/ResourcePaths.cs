using System.Text;
using KubeSharp.Api.Scheme;

namespace KubeSharp.Client.Internal;

/// <summary>REST paths: <c>/api/v1[/namespaces/NS]/RESOURCE[/NAME[/SUB]]</c>, or <c>/apis/GROUP/VERSION/…</c>.</summary>
internal static class ResourcePaths
{
    public static string For(ResourceMapping mapping, string? ns, string? name, string? subresource) =>
        For(mapping.Kind.Group, mapping.Kind.Version, mapping.Resource, ns, name, subresource);

    public static string For(string group, string version, string resource, string? ns, string? name, string? subresource)
    {
        var path = new StringBuilder(64);
        path.Append(group.Length == 0 ? "/api/" : "/apis/" + group + "/").Append(version);
        if (!string.IsNullOrEmpty(ns))
        {
            path.Append("/namespaces/").Append(Uri.EscapeDataString(ns));
        }

        path.Append('/').Append(resource);
        if (!string.IsNullOrEmpty(name))
        {
            path.Append('/').Append(Uri.EscapeDataString(name));
            if (!string.IsNullOrEmpty(subresource))
            {
                path.Append('/').Append(subresource);
            }
        }

        return path.ToString();
    }
}

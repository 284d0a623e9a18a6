using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Registry;

namespace KubeSharp.ApiServer.Endpoints.Discovery;

/// <summary>
/// Renders the discovery documents from a catalog snapshot, with upstream's field names and order: legacy
/// APIVersions, APIGroupList, APIGroup and APIResourceList, and the aggregated APIGroupDiscoveryList.
/// </summary>
public static class DiscoveryDocuments
{
    /// <summary><c>GET /api</c>, legacy: the core group's versions and where to reach the server.</summary>
    public static byte[] ApiVersions(string serverAddress) => Render(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "APIVersions");
        writer.WriteStartArray("versions");
        writer.WriteStringValue("v1");
        writer.WriteEndArray();
        writer.WriteStartArray("serverAddressByClientCIDRs");
        writer.WriteStartObject();
        writer.WriteString("clientCIDR", "0.0.0.0/0");
        writer.WriteString("serverAddress", serverAddress);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary><c>GET /apis</c>, legacy: every named group with its versions, preferred first.</summary>
    public static byte[] ApiGroupList(CatalogSnapshot catalog) => Render(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "APIGroupList");
        writer.WriteString("apiVersion", "v1");
        writer.WriteStartArray("groups");
        foreach (var group in catalog.Groups)
        {
            WriteGroup(writer, group, catalog.VersionsOf(group));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary><c>GET /apis/GROUP</c>, legacy.</summary>
    public static byte[] ApiGroup(string group, IReadOnlyList<string> versions) => Render(writer =>
        WriteGroup(writer, group, versions, topLevel: true));

    /// <summary><c>GET /api/v1</c> or <c>/apis/GROUP/VERSION</c>, legacy: each resource and subresource.</summary>
    public static byte[] ApiResourceList(string group, string version, IReadOnlyList<ResourceMapping> resources) => Render(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "APIResourceList");
        if (group.Length > 0)
        {
            writer.WriteString("apiVersion", "v1");
        }

        writer.WriteString("groupVersion", GroupVersion.Format(group, version));
        writer.WriteStartArray("resources");
        foreach (var mapping in resources)
        {
            writer.WriteStartObject();
            writer.WriteString("name", mapping.Resource);
            writer.WriteString("singularName", mapping.Singular);
            writer.WriteBoolean("namespaced", mapping.Namespaced);
            writer.WriteString("kind", mapping.Kind.Kind);
            WriteStrings(writer, "verbs", mapping.Verbs, always: true);
            WriteStrings(writer, "shortNames", mapping.ShortNames);
            WriteStrings(writer, "categories", mapping.Categories);
            writer.WriteString("storageVersionHash", StorageVersionHash(mapping.Kind));
            writer.WriteEndObject();
            foreach (var subresource in mapping.Subresources.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                var kind = subresource.ResponseKind ?? mapping.Kind;
                writer.WriteStartObject();
                writer.WriteString("name", mapping.Resource + "/" + subresource.Name);
                writer.WriteString("singularName", "");
                writer.WriteBoolean("namespaced", mapping.Namespaced);
                if (kind.Group != mapping.Kind.Group || kind.Version != mapping.Kind.Version)
                {
                    // kubectl drain looks for pods/eviction with group policy and version v1 here.
                    writer.WriteString("group", kind.Group);
                    writer.WriteString("version", kind.Version);
                }

                writer.WriteString("kind", kind.Kind);
                WriteStrings(writer, "verbs", subresource.Verbs, always: true);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>
    /// The aggregated document: for <c>/api</c> the core group only, for <c>/apis</c> every named group; each
    /// group lists its versions preferred first, each version its resources with subresources inline.
    /// </summary>
    public static byte[] Aggregated(CatalogSnapshot catalog, bool core, DiscoveryFormat format) => Render(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("kind", DiscoveryNegotiation.ListKind);
        writer.WriteString("apiVersion", DiscoveryNegotiation.ApiVersion(format));
        writer.WriteStartObject("metadata");
        writer.WriteEndObject();
        writer.WriteStartArray("items");
        foreach (var group in core ? [""] : catalog.Groups)
        {
            var versions = catalog.VersionsOf(group);
            if (versions.Count == 0)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteStartObject("metadata");
            if (group.Length > 0)
            {
                writer.WriteString("name", group);
            }

            writer.WriteNull("creationTimestamp");
            writer.WriteEndObject();
            writer.WriteStartArray("versions");
            foreach (var version in versions)
            {
                writer.WriteStartObject();
                writer.WriteString("version", version);
                writer.WriteStartArray("resources");
                foreach (var mapping in catalog.ResourcesOf(group, version))
                {
                    WriteAggregatedResource(writer, mapping);
                }

                writer.WriteEndArray();
                writer.WriteString("freshness", "Current");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>Upstream's storageVersionHash: base64 of the first 8 bytes of SHA-256 over "group/version/kind".</summary>
    public static string StorageVersionHash(GroupVersionKind kind)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind.Group}/{kind.Version}/{kind.Kind}"));
        return Convert.ToBase64String(hash, 0, 8);
    }

    /// <summary>A strong ETag over a rendered document, as upstream's aggregated discovery handler sends.</summary>
    public static string ETag(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body)) + "\"";

    private static void WriteAggregatedResource(Utf8JsonWriter writer, ResourceMapping mapping)
    {
        writer.WriteStartObject();
        writer.WriteString("resource", mapping.Resource);
        WriteKind(writer, "responseKind", mapping.Kind);
        writer.WriteString("scope", mapping.Namespaced ? "Namespaced" : "Cluster");
        writer.WriteString("singularResource", mapping.Singular);
        WriteStrings(writer, "verbs", mapping.Verbs, always: true);
        WriteStrings(writer, "shortNames", mapping.ShortNames);
        WriteStrings(writer, "categories", mapping.Categories);
        if (mapping.Subresources.Count > 0)
        {
            writer.WriteStartArray("subresources");
            foreach (var subresource in mapping.Subresources.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("subresource", subresource.Name);
                WriteKind(writer, "responseKind", subresource.ResponseKind ?? mapping.Kind);
                WriteStrings(writer, "verbs", subresource.Verbs, always: true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter writer, string group, IReadOnlyList<string> versions, bool topLevel = false)
    {
        writer.WriteStartObject();
        if (topLevel)
        {
            writer.WriteString("kind", "APIGroup");
            writer.WriteString("apiVersion", "v1");
        }

        writer.WriteString("name", group);
        writer.WriteStartArray("versions");
        foreach (var version in versions)
        {
            WriteGroupVersion(writer, null, group, version);
        }

        writer.WriteEndArray();
        if (versions.Count > 0)
        {
            WriteGroupVersion(writer, "preferredVersion", group, versions[0]);
        }

        writer.WriteEndObject();
    }

    private static void WriteGroupVersion(Utf8JsonWriter writer, string? property, string group, string version)
    {
        if (property is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(property);
        }

        writer.WriteString("groupVersion", GroupVersion.Format(group, version));
        writer.WriteString("version", version);
        writer.WriteEndObject();
    }

    private static void WriteKind(Utf8JsonWriter writer, string property, GroupVersionKind kind)
    {
        writer.WriteStartObject(property);
        writer.WriteString("group", kind.Group);
        writer.WriteString("version", kind.Version);
        writer.WriteString("kind", kind.Kind);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string property, IReadOnlyList<string> values, bool always = false)
    {
        if (values.Count == 0 && !always)
        {
            return;
        }

        writer.WriteStartArray(property);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static byte[] Render(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.ToArray();
    }
}

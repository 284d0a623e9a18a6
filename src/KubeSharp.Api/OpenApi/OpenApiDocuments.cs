using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Scheme;

namespace KubeSharp.Api.OpenApi;

/// <summary>
/// Every OpenAPI document the API server publishes for a set of served kinds, rendered once: the
/// <c>/openapi/v3</c> index with content hashes, one v3 document per group-version, and <c>/openapi/v2</c> as
/// JSON and as the gnostic protobuf kubectl 1.27/1.28 insist on. Kinds whose C# type is not one of our API
/// types (custom resources) are left out: kubectl then finds their group-version missing from the index and
/// decides field validation from the CRD list, as upstream's verifier does.
/// </summary>
public sealed class OpenApiDocuments
{
    private readonly Dictionary<string, GroupVersionDocument> _groupVersions = new(StringComparer.Ordinal);

    public OpenApiDocuments(IEnumerable<ResourceMapping> mappings, string serverVersion, XmlDocumentation documentation)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        ArgumentNullException.ThrowIfNull(documentation);
        var builder = new OpenApiV3Builder(documentation, serverVersion);
        var groups = mappings
            .Where(mapping => typeof(KubeModel).IsAssignableFrom(mapping.Type) && mapping.Type.Assembly == typeof(KubeModel).Assembly)
            .GroupBy(mapping => OpenApiV3Builder.PathOf(mapping.Kind.Group, mapping.Kind.Version))
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        var index = new JsonObject();
        foreach (var group in groups)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(builder.Build([.. group]), OpenApiJson.Options);
            var hash = Convert.ToHexString(SHA512.HashData(body));
            _groupVersions[group.Key] = new GroupVersionDocument(group.Key, body, hash);
            index[group.Key] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{group.Key}?hash={hash}" };
        }

        IndexJson = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["paths"] = index }, OpenApiJson.Options);
        V2Json = OpenApiV2Document.Json(serverVersion);
        V2Protobuf = OpenApiV2Document.Protobuf(serverVersion);
    }

    /// <summary>The body of <c>GET /openapi/v3</c>: <c>{"paths": {"api/v1": {"serverRelativeURL": "/openapi/v3/api/v1?hash=…"}}}</c>.</summary>
    public byte[] IndexJson { get; }

    /// <summary><c>/openapi/v2</c> as JSON.</summary>
    public byte[] V2Json { get; }

    /// <summary><c>/openapi/v2</c> as a gnostic <c>openapi.v2.Document</c> message.</summary>
    public byte[] V2Protobuf { get; }

    /// <summary>The index keys (<c>api/v1</c>, <c>apis/apps/v1</c>, …), sorted.</summary>
    public IEnumerable<string> GroupVersions => _groupVersions.Keys.Order(StringComparer.Ordinal);

    /// <summary>The document of a group-version by its index key.</summary>
    public GroupVersionDocument? Find(string path) => _groupVersions.GetValueOrDefault(path);
}

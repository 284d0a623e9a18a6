using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.Machinery.Apply;
using KubeSharp.Machinery.Patch;

namespace KubeSharp.ApiServer.Registry.Generic;

/// <summary>
/// The field managers of one built-in resource (upstream's per-resource fieldmanager.FieldManager, one for the
/// main resource and one per subresource): ownership recorded in <c>metadata.managedFields</c> on every
/// create, update and patch, and server-side apply. Reset fields follow upstream's strategies' GetResetFields:
/// nobody owns <c>status</c> through the main resource, nor <c>spec</c> through <c>status</c>.
/// </summary>
public sealed class ManagedFields
{
    private static readonly FieldSet StatusFields = FieldSet.Of([PathElement.Field("status")]);
    private static readonly FieldSet SpecFields = FieldSet.Of([PathElement.Field("spec")]);

    private readonly ResourceMapping _mapping;
    private readonly TimeProvider _time;
    private readonly bool _hasStatus;
    private readonly Lazy<FieldManager> _main;
    private readonly Lazy<FieldManager> _status;
    private readonly Lazy<FieldManager> _scale;

    public ManagedFields(ResourceMapping mapping, TimeProvider time)
    {
        _mapping = mapping;
        _time = time;
        _hasStatus = mapping.FindSubresource("status") is not null;
        _main = new(() => Create(null, _hasStatus ? StatusFields : null));
        _status = new(() => Create("status", SpecFields));

        // The scale subresource writes the parent's spec.replicas; its owner is recorded with subresource "scale".
        _scale = new(() => Create("scale", _hasStatus ? StatusFields : null));
    }

    /// <summary>
    /// Upstream's default manager when a request names none: the user agent up to its first slash
    /// (<c>kubectl/v1.33.0 (linux/amd64)</c> → <c>kubectl</c>), at most 128 bytes.
    /// </summary>
    public static string ManagerOrUserAgent(string manager, string userAgent)
    {
        if (manager.Length > 0)
        {
            return manager;
        }

        var slash = userAgent.IndexOf('/', StringComparison.Ordinal);
        var prefix = slash >= 0 ? userAgent[..slash] : userAgent;
        return prefix.Length > 128 ? prefix[..128] : prefix;
    }

    /// <summary>
    /// Records what <paramref name="manager"/> changed from <paramref name="live"/> (null on create) to
    /// <paramref name="updated"/>; on unreadable managedFields the object goes on without them (UpdateNoErrors).
    /// </summary>
    public JsonObject Update(JsonObject? live, JsonObject updated, string manager, string subresource)
    {
        var liveBytes = live is null ? [] : JsonSerializer.SerializeToUtf8Bytes<JsonNode>(live);
        var bytes = For(subresource).UpdateNoErrors(liveBytes, JsonSerializer.SerializeToUtf8Bytes<JsonNode>(updated), manager);
        return JsonNode.Parse(bytes)!.AsObject();
    }

    /// <summary>
    /// Server-side apply of <paramref name="configuration"/> (the request body) to <paramref name="live"/> (null
    /// to create). Conflicts are upstream's 409 with one FieldManagerConflict cause per field.
    /// </summary>
    public JsonObject Apply(JsonObject? live, ReadOnlySpan<byte> configuration, string manager, bool force, string subresource)
    {
        var liveBytes = live is null ? [] : JsonSerializer.SerializeToUtf8Bytes<JsonNode>(live);
        try
        {
            var bytes = For(subresource).Apply(liveBytes, configuration, manager, force);
            return JsonNode.Parse(bytes)!.AsObject();
        }
        catch (ApplyConflictException conflict)
        {
            throw new StatusError(409, "Conflict", conflict.Message)
            {
                HasDetails = true,
                Causes = [.. ManagerConflicts.Causes(conflict.Conflicts).Select(c => new StatusCause(c.Type, c.Message, c.Field))],
            };
        }
        catch (PatchException error)
        {
            // Upstream answers a configuration that does not fit the schema with a 500; it is the client's input,
            // so it is a 400 here (the project never answers bad input with a 500).
            throw error.Kind == PatchErrorKind.Unprocessable
                ? new StatusError(422, "Invalid", error.Message)
                : StatusError.BadRequest(error.Message);
        }
        catch (JsonException error)
        {
            throw StatusError.BadRequest("error decoding YAML: " + error.Message);
        }
    }

    private FieldManager For(string subresource) => subresource switch
    {
        "" => _main.Value,
        "status" => _status.Value,
        "scale" => _scale.Value,
        _ => throw StatusError.MethodNotAllowed($"the server does not allow this method on the requested resource"),
    };

    private FieldManager Create(string? subresource, FieldSet? resetFields) =>
        new(_mapping.Type, _mapping.Kind.ApiVersion, _mapping.Kind.Kind, _time, subresource, resetFields);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Endpoints.Decoding;
using KubeSharp.ApiServer.Endpoints.Negotiation;
using KubeSharp.ApiServer.Registry;
using KubeSharp.ApiServer.Registry.Generic;
using KubeSharp.ApiServer.Request;
using KubeSharp.Machinery.Patch;
using KubeSharp.Machinery.Patch.Json;
using KubeSharp.Machinery.Patch.Merge;
using KubeSharp.Machinery.Patch.Strategic;
using KubeSharp.Machinery.Schema;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints.Resources;

public sealed partial class ResourceHandler
{
    private const string JsonPatchType = "application/json-patch+json";
    private const string MergePatchType = "application/merge-patch+json";
    private const string StrategicMergePatchType = "application/strategic-merge-patch+json";
    private const string ApplyPatchType = "application/apply-patch+yaml";

    /// <summary>
    /// PATCH, as upstream's patch handler: the patch is applied to the stored object (again after a lost race,
    /// unless it names a resourceVersion, which is then a precondition), the result goes through decoding and
    /// field validation like a PUT body, then the update flow. Custom resources take no strategic merge patch (415).
    /// </summary>
    private async Task PatchAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns, IRestStrategy strategy, string subresource, Endpoints.Tables.ITableConvertor convertor)
    {
        var format = ResponseFormat.Negotiate(context.Request.Headers.Accept);
        var options = RequestOptions.Write(context.Request.Query);
        var validation = RequestOptions.Validation(context.Request.Query);
        var (patch, mediaType) = await BodyReader.ReadAsync(context);
        var supported = store.Custom
            ? new[] { JsonPatchType, MergePatchType, ApplyPatchType }
            : [JsonPatchType, MergePatchType, StrategicMergePatchType, ApplyPatchType];
        if (Array.IndexOf(supported, mediaType) < 0)
        {
            throw new StatusError(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: {string.Join(", ", supported)}");
        }

        if (mediaType == ApplyPatchType)
        {
            // Server-side apply needs managed fields from the structured-merge machinery; until it lands kubectl is
            // told plainly, as by a server without it ("Server-side apply not available on the server").
            throw new StatusError(415, "UnsupportedMediaType", "server-side apply is not yet supported by this server");
        }

        var warnings = new List<string>();
        var decodedPatch = DecodePatch(patch, mediaType);
        JsonObject Compute(JsonObject? existing)
        {
            var current = existing ?? throw StatusErrors.NotFound(store.Resource, info.Name);
            var patched = ApplyPatch(current, decodedPatch, patch, mediaType, store);
            var bytes = JsonSerializer.SerializeToUtf8Bytes<JsonNode>(patched);
            warnings.Clear();
            var result = ObjectDecoder.Decode(bytes, store.Mapping, validation, typed: !store.Custom, warnings);
            if (ObjectMetadata.Name(result) != info.Name)
            {
                throw StatusError.BadRequest($"the name of the object ({ObjectMetadata.Name(result)}) does not match the name on the URL ({info.Name})");
            }

            // An unchanged resourceVersion means the patch named none: re-apply on a lost race instead of failing.
            if (ObjectMetadata.ResourceVersion(result) == ObjectMetadata.ResourceVersion(current))
            {
                ObjectMetadata.SetString(result, "resourceVersion", null);
            }

            return result;
        }

        var (updated, created) = await store.UpdateAsync(ns, info.Name, Compute, strategy, subresource, options, forceAllowCreate: false, allowUnconditional: true, context.RequestAborted);
        ResponseWriter.AddWarnings(context, warnings);
        await ResponseWriter.WriteObjectAsync(context, updated, created ? 201 : 200, format, convertor, time);
    }

    private static JsonNode? DecodePatch(byte[] patch, string mediaType)
    {
        try
        {
            return mediaType switch
            {
                JsonPatchType => JsonPatch.Decode(patch),
                MergePatchType => JsonMergePatch.Decode(patch),
                _ => null,
            };
        }
        catch (PatchException error)
        {
            throw Translate(error);
        }
    }

    private static JsonNode ApplyPatch(JsonObject current, JsonNode? decodedPatch, byte[] patch, string mediaType, ResourceStore store)
    {
        try
        {
            return mediaType switch
            {
                JsonPatchType => JsonPatch.Apply(current, (JsonArray)decodedPatch!),
                MergePatchType => JsonMergePatch.Apply(current, decodedPatch),
                _ => JsonNode.Parse(StrategicMergePatch.Apply(JsonSerializer.SerializeToUtf8Bytes<JsonNode>(current), patch, TypeSchema.For(store.Mapping.Type)))!,
            };
        }
        catch (PatchException error)
        {
            throw Translate(error);
        }
    }

    /// <summary>Upstream answers a malformed patch 400 and one that cannot apply 422 (both with the patch library's text).</summary>
    private static StatusError Translate(PatchException error) => error.Kind switch
    {
        PatchErrorKind.BadRequest => StatusError.BadRequest(error.Message),
        PatchErrorKind.Unprocessable => new StatusError(422, "Invalid", error.Message),
        _ => StatusError.InternalError(error.Message),
    };
}

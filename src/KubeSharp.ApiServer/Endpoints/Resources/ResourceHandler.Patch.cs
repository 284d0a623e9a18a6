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

        var apply = mediaType == ApplyPatchType;
        var force = ParseForce(context.Request.Query, apply);
        if (apply && options.FieldManager.Length == 0)
        {
            throw new StatusError(422, "Invalid", "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch")
            {
                HasDetails = true,
                Group = "meta.k8s.io",
                Kind = "PatchOptions",
                Causes = [new StatusCause("FieldValueRequired", "Required value: is required for apply patch", "fieldManager")],
            };
        }

        if (apply && store.Managed is null)
        {
            throw new StatusError(415, "UnsupportedMediaType", "server-side apply is not yet supported for this resource");
        }

        var manager = ManagedFields.ManagerOrUserAgent(options.FieldManager, context.Request.Headers.UserAgent.ToString());
        var warnings = new List<string>();
        var decodedPatch = apply ? null : DecodePatch(patch, mediaType);
        JsonObject Compute(JsonObject? existing)
        {
            if (existing is null && !apply)
            {
                throw StatusErrors.NotFound(store.Resource, info.Name);
            }

            var patched = apply
                ? store.Managed!.Apply(existing, patch, manager, force, subresource)
                : ApplyPatch(existing!, decodedPatch, patch, mediaType, store);
            var bytes = JsonSerializer.SerializeToUtf8Bytes<JsonNode>(patched);
            warnings.Clear();
            var result = ObjectDecoder.Decode(bytes, store.Mapping, validation, typed: !store.Custom, warnings);
            if (ObjectMetadata.Name(result) != info.Name)
            {
                throw StatusError.BadRequest($"the name of the object ({ObjectMetadata.Name(result)}) does not match the name on the URL ({info.Name})");
            }

            // An unchanged resourceVersion means the patch named none: re-apply on a lost race instead of failing.
            if (existing is not null && ObjectMetadata.ResourceVersion(result) == ObjectMetadata.ResourceVersion(existing))
            {
                ObjectMetadata.SetString(result, "resourceVersion", null);
            }

            return apply || store.Managed is not { } managed ? result : managed.Update(existing, result, manager, subresource);
        }

        var (updated, created) = await store.UpdateAsync(ns, info.Name, Compute, strategy, subresource, options, forceAllowCreate: apply, allowUnconditional: true, context.RequestAborted);
        ResponseWriter.AddWarnings(context, warnings);
        await ResponseWriter.WriteObjectAsync(context, updated, created ? 201 : 200, format, convertor, time);
    }

    /// <summary>
    /// The <c>force</c> parameter (upstream's query conversion: anything but empty, 0 and false is true); only apply
    /// patches may set it (upstream's ValidatePatchOptions).
    /// </summary>
    private static bool ParseForce(IQueryCollection query, bool apply)
    {
        var force = QueryFlags.IsTrue(query["force"]);
        if (force && !apply)
        {
            throw new StatusError(422, "Invalid", "PatchOptions.meta.k8s.io \"\" is invalid: force: Forbidden: may not be specified for non-apply patch")
            {
                HasDetails = true,
                Group = "meta.k8s.io",
                Kind = "PatchOptions",
                Causes = [new StatusCause("FieldValueForbidden", "Forbidden: may not be specified for non-apply patch", "force")],
            };
        }

        return force;
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

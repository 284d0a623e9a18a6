using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.ApiServer.Registry.Generic;
using KubeSharp.ApiServer.Request;
using KubeSharp.Machinery.Labels;
using KubeSharp.Machinery.Patch;
using KubeSharp.Machinery.Patch.Json;
using KubeSharp.Machinery.Patch.Merge;
using KubeSharp.Machinery.Validation;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints.Resources;

public sealed partial class ResourceHandler
{
    /// <summary>
    /// The scale subresource of deployments, replicasets, statefulsets and replicationcontrollers, as upstream's
    /// ScaleREST: GET answers an autoscaling/v1 Scale (spec.replicas, status.replicas and the selector as a
    /// string); PUT and PATCH (JSON, merge or strategic — a Scale has no lists, so the last two agree) change only
    /// the parent's spec.replicas, through the parent's update flow (generation bump, validation, admission). A
    /// resourceVersion in the Scale is a precondition on the parent.
    /// </summary>
    private async Task HandleScaleAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns)
    {
        switch (info.Verb)
        {
            case "get":
                var obj = await store.GetAsync(ns, info.Name, context.RequestAborted);
                await WriteScaleAsync(context, ScaleOf(obj), 200);
                return;
            case "update" or "patch":
                break;
            default:
                throw StatusError.MethodNotAllowed("the server does not allow this method on the requested resource");
        }

        var options = RequestOptions.Write(context.Request.Query);
        var (body, mediaType) = await BodyReader.ReadAsync(context);
        var patch = info.Verb == "patch";
        if (patch && mediaType is not (JsonPatchType or MergePatchType or StrategicMergePatchType))
        {
            throw new StatusError(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: {JsonPatchType}, {MergePatchType}, {StrategicMergePatchType}");
        }

        if (!patch && mediaType is not ("application/json" or "*/*"))
        {
            throw StatusError.UnsupportedMediaType(mediaType);
        }

        var decodedPatch = patch ? DecodePatch(body, mediaType == StrategicMergePatchType ? MergePatchType : mediaType) : null;
        var requested = patch ? null : ParseScale(body);
        var manager = Manager(context, options);
        JsonObject Compute(JsonObject? existing)
        {
            if (existing is null)
            {
                throw StatusErrors.NotFound(store.Resource, info.Name);
            }

            var current = ScaleOf(existing);
            var scale = requested?.DeepClone().AsObject() ?? AsScale(ApplyScalePatch(current, decodedPatch, mediaType));
            var replicas = Replicas(scale, info.Name);
            var updated = existing.DeepClone().AsObject();
            var spec = updated["spec"] as JsonObject ?? [];
            updated["spec"] = spec;
            spec["replicas"] = replicas;

            // A resourceVersion the client sent is a precondition on the parent; none (or the one just read by a
            // patch) makes the write unconditional, so a lost race re-applies it.
            var resourceVersion = ObjectMetadata.ResourceVersion(scale);
            ObjectMetadata.SetString(updated, "resourceVersion", patch && resourceVersion == ObjectMetadata.ResourceVersion(existing) ? null : NullIfEmpty(resourceVersion));
            return store.Managed is { } managed ? managed.Update(existing, updated, manager, "scale") : updated;
        }

        var (result, _) = await store.UpdateAsync(ns, info.Name, Compute, store.Strategy, "scale", options, forceAllowCreate: false, allowUnconditional: true, context.RequestAborted);
        await WriteScaleAsync(context, ScaleOf(result), 200);
    }

    /// <summary>The autoscaling/v1 Scale of a workload (upstream's scaleFromDeployment and siblings).</summary>
    private static JsonObject ScaleOf(JsonObject obj)
    {
        var meta = new JsonObject { ["name"] = ObjectMetadata.Name(obj) };
        foreach (var field in (ReadOnlySpan<string>)["namespace", "uid", "resourceVersion", "creationTimestamp"])
        {
            if (ObjectMetadata.Meta(obj)[field] is { } value)
            {
                meta[field] = value.DeepClone();
            }
        }

        var spec = new JsonObject();
        if (obj["spec"]?["replicas"] is JsonValue replicas && replicas.TryGetValue<int>(out var count) && count != 0)
        {
            spec["replicas"] = count;
        }

        var status = new JsonObject { ["replicas"] = obj["status"]?["replicas"] is JsonValue r && r.TryGetValue<int>(out var current) ? current : 0 };
        if (SelectorString(obj["spec"]?["selector"]) is { Length: > 0 } selector)
        {
            status["selector"] = selector;
        }

        return new JsonObject { ["kind"] = "Scale", ["apiVersion"] = "autoscaling/v1", ["metadata"] = meta, ["spec"] = spec, ["status"] = status };
    }

    /// <summary>A LabelSelector (apps) or a plain label map (replication controllers) in the selector string syntax.</summary>
    private static string? SelectorString(JsonNode? selector)
    {
        if (selector is not JsonObject value)
        {
            return null;
        }

        try
        {
            if (value.ContainsKey("matchLabels") || value.ContainsKey("matchExpressions"))
            {
                return LabelSelectors.TryToSelector(value.Deserialize(KubeJson.TypeInfo<LabelSelector>()), out var parsed, out _) ? parsed.ToString() : null;
            }

            return Selector.FromSet(value.ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? "")).ToString();
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static JsonObject ParseScale(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw StatusError.BadRequest("the body of the request was not a JSON object");
        }
        catch (JsonException error)
        {
            throw StatusError.BadRequest("the body of the request was in an unknown format - " + error.Message);
        }
    }

    private static JsonNode ApplyScalePatch(JsonObject scale, JsonNode? decodedPatch, string mediaType)
    {
        try
        {
            return mediaType == JsonPatchType ? JsonPatch.Apply(scale, (JsonArray)decodedPatch!) : JsonMergePatch.Apply(scale, decodedPatch);
        }
        catch (PatchException error)
        {
            throw Translate(error);
        }
    }

    private static JsonObject AsScale(JsonNode node) => node as JsonObject ?? throw StatusError.BadRequest("the patched Scale is not a JSON object");

    /// <summary>Upstream's ValidateScale: spec.replicas a non-negative integer (absent means 0).</summary>
    private static int Replicas(JsonObject scale, string name)
    {
        var node = scale["spec"]?["replicas"];
        if (node is null)
        {
            return 0;
        }

        if (node is not JsonValue value || !value.TryGetValue<long>(out var replicas) || replicas > int.MaxValue)
        {
            throw StatusError.BadRequest("Scale in version \"v1\" cannot be handled as a Scale: spec.replicas must be a 32-bit integer");
        }

        if (replicas < 0)
        {
            throw StatusErrors.Invalid(new Api.Scheme.GroupVersionKind("autoscaling", "v1", "Scale"), name, [FieldError.Invalid(FieldPath.New("spec", "replicas"), replicas, Machinery.Validation.ObjectMetaValidation.IsNegativeErrorMsg)]);
        }

        return (int)replicas;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static Task WriteScaleAsync(HttpContext context, JsonObject scale, int code) =>
        ResponseWriter.WriteAsync(context, code, writer => scale.WriteTo(writer));
}

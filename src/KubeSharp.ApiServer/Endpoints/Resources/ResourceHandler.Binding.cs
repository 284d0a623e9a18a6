using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Registry.Core.Pods;
using KubeSharp.ApiServer.Registry.Generic;
using KubeSharp.ApiServer.Request;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints.Resources;

public sealed partial class ResourceHandler
{
    /// <summary>
    /// POST pods/NAME/binding, as upstream's BindingREST: the Binding names the pod and a node; the pod gets
    /// spec.nodeName, the binding's annotations and a True PodScheduled condition in one guarded update. A pod
    /// already on a node, or being deleted, is a 409; the answer is a Success Status with code 201.
    /// </summary>
    private async Task BindAsync(HttpContext context, RequestInfo info, ResourceStore store, string ns)
    {
        if (info.Verb != "create")
        {
            throw StatusError.MethodNotAllowed("the server does not allow this method on the requested resource");
        }

        var options = RequestOptions.Write(context.Request.Query);
        var (body, mediaType) = await BodyReader.ReadAsync(context);
        if (mediaType is not ("application/json" or "*/*"))
        {
            body = decoders.Find(mediaType) is { } decoder
                ? decoder.DecodeToJson(body, store.Mapping with { Kind = store.Mapping.Kind with { Kind = "Binding" } })
                : throw StatusError.UnsupportedMediaType(mediaType);
        }

        JsonObject binding;
        try
        {
            binding = JsonNode.Parse(body) as JsonObject ?? throw StatusError.BadRequest("the body of the request was not a JSON object");
        }
        catch (JsonException error)
        {
            throw StatusError.BadRequest("the body of the request was in an unknown format - " + error.Message);
        }

        var bindingName = ObjectMetadata.Name(binding);
        if (bindingName != info.Name)
        {
            throw StatusError.BadRequest("name in URL does not match name in Binding");
        }

        var target = binding["target"] as JsonObject;
        var kind = target?["kind"] is JsonValue k && k.TryGetValue<string>(out var kindText) ? kindText : "";
        var node = target?["name"] is JsonValue n && n.TryGetValue<string>(out var nodeText) ? nodeText : "";
        if (kind.Length > 0 && kind != "Node")
        {
            throw new StatusError(422, "Invalid", $"Binding \"{bindingName}\" is invalid: target.kind: Not supported: \"{kind}\": supported values: \"Node\", \"<empty>\"") { HasDetails = true, Name = bindingName, Kind = "Binding" };
        }

        if (node.Length == 0)
        {
            throw new StatusError(422, "Invalid", $"Binding \"{bindingName}\" is invalid: target.name: Required value") { HasDetails = true, Name = bindingName, Kind = "Binding" };
        }

        var annotations = ObjectMetadata.Annotations(binding);
        var now = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        JsonObject Assign(JsonObject? pod)
        {
            if (pod is null)
            {
                throw StatusErrors.NotFound(store.Resource, info.Name);
            }

            if (ObjectMetadata.HasDeletionTimestamp(pod))
            {
                throw StatusErrors.Conflict(store.Resource, info.Name, $"pod {info.Name} is being deleted, cannot be assigned to a host");
            }

            var spec = pod["spec"] as JsonObject ?? [];
            pod["spec"] = spec;
            if (spec["nodeName"] is JsonValue assigned && assigned.TryGetValue<string>(out var current) && current.Length > 0)
            {
                throw StatusErrors.Conflict(store.Resource, info.Name, $"pod {info.Name} is already assigned to node \"{current}\"");
            }

            spec["nodeName"] = node;
            if (annotations is { Count: > 0 })
            {
                var meta = ObjectMetadata.Meta(pod);
                var podAnnotations = meta["annotations"] as JsonObject ?? [];
                meta["annotations"] = podAnnotations;
                foreach (var (key, value) in annotations)
                {
                    podAnnotations[key] = value;
                }
            }

            var status = pod["status"] as JsonObject ?? [];
            pod["status"] = status;
            var conditions = status["conditions"] as JsonArray ?? [];
            status["conditions"] = conditions;
            var scheduled = conditions.OfType<JsonObject>().FirstOrDefault(c => c["type"]?.GetValue<string>() == "PodScheduled");
            if (scheduled is null)
            {
                scheduled = new JsonObject { ["type"] = "PodScheduled" };
                conditions.Add(scheduled);
            }

            scheduled["status"] = "True";
            scheduled["lastProbeTime"] = null;
            scheduled["lastTransitionTime"] = now;
            scheduled.Remove("reason");
            scheduled.Remove("message");
            ObjectMetadata.SetString(pod, "resourceVersion", null);
            return pod;
        }

        await store.UpdateAsync(ns, info.Name, Assign, new PodBindingStrategy(store.Strategy), "binding", options, forceAllowCreate: false, allowUnconditional: true, context.RequestAborted);
        await ResponseWriter.WriteSuccessStatusAsync(context, 201);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Endpoints.Decoding;
using KubeSharp.ApiServer.Registry;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints.Resources;

/// <summary>
/// Reads a delete's options from its body (<c>DeleteOptions</c> JSON, with or without kind, as kubectl sends
/// it) and query (<c>gracePeriodSeconds</c>, <c>propagationPolicy</c>, <c>orphanDependents</c>, <c>dryRun</c>),
/// validated as upstream's ValidateDeleteOptions.
/// </summary>
public static class DeleteOptionsReader
{
    public static async Task<DeleteOptions> ReadAsync(HttpContext context)
    {
        var query = context.Request.Query;
        JsonObject? body = null;
        if (context.Request.ContentLength is not 0)
        {
            var (bytes, _) = await BodyReader.ReadAsync(context);
            if (bytes.Length > 0)
            {
                try
                {
                    body = JsonTreeReader.Parse(bytes, null) as JsonObject
                        ?? throw StatusError.BadRequest("the body of the request was not a JSON object");
                }
                catch (JsonException error)
                {
                    throw StatusError.BadRequest($"the body of the request was in an unknown format - {error.Message}");
                }
            }
        }

        var grace = RequestOptions.ParseLong(query, "gracePeriodSeconds") ?? Long(body, "gracePeriodSeconds");
        var policy = query["propagationPolicy"].ToString() is { Length: > 0 } fromQuery ? fromQuery : String(body, "propagationPolicy");
        bool? orphan = query.ContainsKey("orphanDependents") ? QueryFlags.IsTrue(query["orphanDependents"]) : Bool(body, "orphanDependents");
        var dryRun = query["dryRun"].Count > 0 || (body?["dryRun"] is JsonArray array && array.Count > 0);
        if (orphan is not null && policy is not null)
        {
            throw Invalid($"propagationPolicy: Invalid value: \"{policy}\": orphanDependents and deletionPropagation cannot be both set");
        }

        if (policy is not null and not ("Orphan" or "Background" or "Foreground"))
        {
            throw Invalid($"propagationPolicy: Unsupported value: \"{policy}\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"");
        }

        if (grace < 0)
        {
            grace = 1;
        }

        var preconditions = body?["preconditions"] as JsonObject;
        return new DeleteOptions
        {
            GracePeriodSeconds = grace,
            PropagationPolicy = policy ?? (orphan is { } o ? (o ? "Orphan" : "Background") : null),
            PreconditionUid = String(preconditions, "uid"),
            PreconditionResourceVersion = String(preconditions, "resourceVersion"),
            DryRun = dryRun,
        };
    }

    private static StatusError Invalid(string detail) =>
        new(422, "Invalid", $"DeleteOptions.meta.k8s.io \"\" is invalid: {detail}") { HasDetails = true, Group = "meta.k8s.io", Kind = "DeleteOptions" };

    private static long? Long(JsonObject? obj, string name) =>
        obj?[name] is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    private static string? String(JsonObject? obj, string name) =>
        obj?[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static bool? Bool(JsonObject? obj, string name) =>
        obj?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;
}

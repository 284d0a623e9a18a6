using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints;

/// <summary>
/// Writes a <c>metav1.Status</c> response: JSON with upstream's field order (kind, apiVersion, metadata,
/// status, message, reason, details, code), and <c>Retry-After</c> when the details ask for it, which is
/// what makes client-go retry a 429 or 5xx.
/// </summary>
public static class StatusWriter
{
    public static byte[] Serialize(StatusError error)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, error);
        }

        return buffer.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, StatusError error)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "Status");
        writer.WriteString("apiVersion", "v1");
        writer.WriteStartObject("metadata");
        writer.WriteEndObject();
        writer.WriteString("status", "Failure");
        writer.WriteString("message", error.Message);
        writer.WriteString("reason", error.Reason);
        if (error.HasDetails || error.Name is not null || error.Causes.Count > 0 || error.RetryAfterSeconds > 0)
        {
            writer.WriteStartObject("details");
            WriteIfSet(writer, "name", error.Name);
            WriteIfSet(writer, "group", error.Group);
            WriteIfSet(writer, "kind", error.Kind);
            WriteIfSet(writer, "uid", error.Uid);
            if (error.Causes.Count > 0)
            {
                writer.WriteStartArray("causes");
                foreach (var cause in error.Causes)
                {
                    writer.WriteStartObject();
                    WriteIfSet(writer, "reason", cause.Type);
                    WriteIfSet(writer, "message", cause.Message);
                    WriteIfSet(writer, "field", cause.Field);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.RetryAfterSeconds > 0)
            {
                writer.WriteNumber("retryAfterSeconds", error.RetryAfterSeconds);
            }

            writer.WriteEndObject();
        }

        writer.WriteNumber("code", error.Code);
        writer.WriteEndObject();
    }

    public static async Task WriteAsync(HttpContext context, StatusError error)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = error.Code;
        response.ContentType = "application/json";
        if (error.RetryAfterSeconds > 0)
        {
            response.Headers.RetryAfter = error.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var body = Serialize(error);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}

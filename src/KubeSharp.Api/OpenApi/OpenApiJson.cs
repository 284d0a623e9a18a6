using System.Text.Encodings.Web;
using System.Text.Json;

namespace KubeSharp.Api.OpenApi;

/// <summary>JSON settings for OpenAPI documents: compact, with the characters in descriptions written as they are.</summary>
internal static class OpenApiJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = OpenApiJsonContext.Default,
    };
}

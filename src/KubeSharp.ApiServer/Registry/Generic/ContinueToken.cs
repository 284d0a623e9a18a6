using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using KubeSharp.ApiServer.Endpoints;

namespace KubeSharp.ApiServer.Registry.Generic;

/// <summary>
/// The opaque <c>continue</c> value of a paginated list, in upstream's format (storage/continue.go): unpadded
/// URL-safe base64 of <c>{"v":"meta.k8s.io/v1","rv":REVISION,"start":"KEY-AFTER-PREFIX"}</c>. The revision
/// pins every page to one snapshot; the start key is where the next page begins.
/// </summary>
public static class ContinueToken
{
    public static string Encode(long revision, string nextKeyAfterPrefix)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("v", "meta.k8s.io/v1");
            writer.WriteNumber("rv", revision);
            writer.WriteString("start", nextKeyAfterPrefix);
            writer.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>Decodes a token; a malformed one is a 400 with upstream's wording.</summary>
    public static (long Revision, string StartKeyAfterPrefix) Decode(string token)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token.TrimEnd('='));
        }
        catch (FormatException error)
        {
            throw StatusError.BadRequest($"continue key is not valid: {error.Message}");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("v", out var version) || version.GetString() != "meta.k8s.io/v1")
            {
                throw StatusError.BadRequest("continue key is not valid: server does not recognize this encoded key");
            }

            var revision = root.TryGetProperty("rv", out var rv) && rv.TryGetInt64(out var number) ? number : 0;
            var start = root.TryGetProperty("start", out var startKey) ? startKey.GetString() ?? "" : "";
            if (revision <= 0)
            {
                throw StatusError.BadRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
            }

            if (start.Length == 0 || start.Contains("..", StringComparison.Ordinal) || start.StartsWith('/'))
            {
                throw StatusError.BadRequest("continue key is not valid: encoded start key was empty or not relative");
            }

            return (revision, start);
        }
        catch (JsonException error)
        {
            throw StatusError.BadRequest($"continue key is not valid: {Encoding.UTF8.GetString(bytes).Length} bytes of invalid JSON: {error.Message}");
        }
    }
}

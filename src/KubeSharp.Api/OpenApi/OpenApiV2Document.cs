using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Protobuf;

namespace KubeSharp.Api.OpenApi;

/// <summary>
/// <c>/openapi/v2</c>. kubectl 1.27/1.28 download it (as gnostic protobuf, and nothing else) before apply,
/// create -f, replace and edit, and every version does for <c>kind: List</c> manifests; a failed download
/// aborts the command. It only uses the document to validate client-side the kinds the v3 verifier says the
/// server cannot validate — none of ours, since every v3 PATCH operation takes <c>fieldValidation</c> — so we
/// publish the valid minimal document (swagger 2.0, info, empty paths and definitions): kubectl then finds no
/// schema for a kind, skips client-side checks and leaves validation to the server (kubectl-wire.md §3.1).
/// </summary>
public static class OpenApiV2Document
{
    /// <summary>The media type kubectl asks for, as upstream names the response.</summary>
    public const string ProtobufMediaType = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf";

    /// <summary>The JSON form.</summary>
    public static byte[] Json(string serverVersion) => JsonSerializer.SerializeToUtf8Bytes(
        new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = serverVersion },
            ["paths"] = new JsonObject(),
            ["definitions"] = new JsonObject(),
        },
        OpenApiJson.Options);

    /// <summary>
    /// The same as a gnostic <c>openapi.v2.Document</c> (OpenAPIv2.proto: swagger = 1, info = 2 with title = 1 and
    /// version = 2, paths = 8, definitions = 9).
    /// </summary>
    public static byte[] Protobuf(string serverVersion)
    {
        var info = new ProtoWriter();
        info.WriteString(1, "Kubernetes");
        info.WriteString(2, serverVersion);

        var document = new ProtoWriter();
        document.WriteString(1, "2.0");
        document.WriteMessage(2, info);
        document.WriteMessage(8, new ProtoWriter());
        document.WriteMessage(9, new ProtoWriter());
        return document.ToArray();
    }
}

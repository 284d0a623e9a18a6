using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KubeSharp.Api.OpenApi;

/// <summary>Source-generated metadata for the JSON tree types the documents are built from.</summary>
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class OpenApiJsonContext : JsonSerializerContext;

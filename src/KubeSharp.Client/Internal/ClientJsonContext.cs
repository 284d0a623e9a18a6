using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KubeSharp.Client.Internal;

/// <summary>Serializer metadata for what the dynamic client reads and writes: untyped JSON objects.</summary>
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class ClientJsonContext : JsonSerializerContext;

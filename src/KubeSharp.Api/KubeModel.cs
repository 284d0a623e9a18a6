using System.Text.Json;
using System.Text.Json.Serialization;

namespace KubeSharp.Api;

/// <summary>
/// Base of every API type, the counterpart of a Go struct in upstream's <c>types.go</c>.
/// </summary>
/// <remarks>
/// Fields the type does not know are kept in <see cref="UnknownFields"/> instead of being dropped, so a
/// typed round trip never loses data silently. The API server walks them to reject (fieldValidation=Strict),
/// warn about (Warn) or prune (Ignore) them before anything is stored; see docs/api-types.md.
/// </remarks>
public abstract class KubeModel
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

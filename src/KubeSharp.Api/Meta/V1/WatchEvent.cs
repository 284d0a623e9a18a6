using System.Text.Json;

namespace KubeSharp.Api.Meta.V1;

/// <summary>
/// One event of a watch stream: a type (<see cref="WatchEventType"/>) and the object, kept as raw JSON because its
/// kind depends on the stream (an object, a Table row, or a Status for ERROR).
/// </summary>
public sealed class WatchEvent : KubeModel
{
    public string Type { get; set; } = "";

    public JsonElement Object { get; set; }
}

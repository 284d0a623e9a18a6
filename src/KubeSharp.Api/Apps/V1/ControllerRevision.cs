using System.Text.Json;
using System.Text.Json.Serialization;

namespace KubeSharp.Api.Apps.V1;

/// <summary>An immutable snapshot of a controller's state (DaemonSet and StatefulSet history).</summary>
[Kind("apps", "v1", "ControllerRevision")]
public sealed class ControllerRevision : KubeObject
{
    /// <summary>
    /// The serialized state, as opaque JSON.
    /// Written as null when unset, like upstream's RawExtension value (a struct, not a pointer).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public JsonElement? Data { get; set; }

    public long Revision { get; set; }
}

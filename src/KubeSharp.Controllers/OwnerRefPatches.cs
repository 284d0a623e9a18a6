using System.Text.Json;
using KubeSharp.Api;
using KubeSharp.Api.Scheme;
using KubeSharp.Controllers.Internal;

namespace KubeSharp.Controllers;

/// <summary>
/// The strategic merge patches controllers send to adopt and release objects (upstream's ownerRefControllerPatch
/// and GenerateDeleteOwnerRefStrategicMergeBytes). Both carry the object's UID, so a patch never lands on a
/// different object that reused the name.
/// </summary>
public static class OwnerRefPatches
{
    /// <summary>The adoption patch: adds our controller reference, guarded by the object's UID.</summary>
    public static string OwnerRefControllerPatch(IKubernetesObject controller, GroupVersionKind kind, string uid)
    {
        var reference = ControllerRefs.NewControllerRef(controller, kind);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("metadata");
            writer.WriteStartArray("ownerReferences");
            writer.WriteStartObject();
            writer.WriteString("apiVersion", reference.ApiVersion);
            writer.WriteString("kind", reference.Kind);
            writer.WriteString("name", reference.Name);
            writer.WriteString("uid", reference.Uid);
            writer.WriteBoolean("controller", true);
            writer.WriteBoolean("blockOwnerDeletion", true);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteString("uid", uid);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The release patch: deletes the owner reference with <paramref name="ownerUid"/>, guarded by the object's UID.</summary>
    public static string DeleteOwnerRefPatch(string uid, string ownerUid) =>
        "{\"metadata\":{\"ownerReferences\":[{\"$patch\":\"delete\",\"uid\":" + Quote(ownerUid) + "}],\"uid\":" + Quote(uid) + "}}";

    private static string Quote(string value) => JsonSerializer.Serialize(value, ControllersJsonContext.Default.String);
}

using System.Text.Json.Nodes;

namespace KubeSharp.ApiServer.Admission.Plugins.DefaultTolerationSeconds;

/// <summary>
/// Upstream's DefaultTolerationSeconds plugin (plugin/pkg/admission/defaulttolerationseconds): a pod that does
/// not already tolerate the <c>node.kubernetes.io/not-ready</c> or <c>node.kubernetes.io/unreachable</c>
/// NoExecute taints gets a toleration for each, for 300 seconds, so that it is evicted from a failed node
/// after five minutes rather than at once. A toleration with an empty key or effect counts as tolerating.
/// </summary>
public sealed class DefaultTolerationSeconds : IAdmissionPlugin
{
    public const string NotReadyTaint = "node.kubernetes.io/not-ready";
    public const string UnreachableTaint = "node.kubernetes.io/unreachable";

    /// <summary>Upstream's --default-not-ready-toleration-seconds and --default-unreachable-toleration-seconds.</summary>
    public const long DefaultSeconds = 300;

    public string Name => "DefaultTolerationSeconds";

    public ValueTask AdmitAsync(AdmissionAttributes attributes, CancellationToken cancellationToken)
    {
        var mapping = attributes.Mapping;
        if (mapping.Kind.Group.Length != 0 || mapping.Resource != "pods" || attributes.Subresource.Length > 0
            || attributes.Operation is not (AdmissionOperation.Create or AdmissionOperation.Update)
            || attributes.Object?["spec"] is not JsonObject spec)
        {
            return ValueTask.CompletedTask;
        }

        var tolerations = spec["tolerations"] as JsonArray;
        var notReady = false;
        var unreachable = false;
        foreach (var toleration in tolerations ?? [])
        {
            var key = Text(toleration?["key"]);
            var effect = Text(toleration?["effect"]);
            if (effect.Length > 0 && effect != "NoExecute")
            {
                continue;
            }

            notReady |= key.Length == 0 || key == NotReadyTaint;
            unreachable |= key.Length == 0 || key == UnreachableTaint;
        }

        if (notReady && unreachable)
        {
            return ValueTask.CompletedTask;
        }

        if (tolerations is null)
        {
            tolerations = [];
            spec["tolerations"] = tolerations;
        }

        if (!notReady)
        {
            tolerations.Add(Toleration(NotReadyTaint));
        }

        if (!unreachable)
        {
            tolerations.Add(Toleration(UnreachableTaint));
        }

        return ValueTask.CompletedTask;
    }

    private static JsonObject Toleration(string key) => new()
    {
        ["key"] = key,
        ["operator"] = "Exists",
        ["effect"] = "NoExecute",
        ["tolerationSeconds"] = DefaultSeconds,
    };

    private static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
}

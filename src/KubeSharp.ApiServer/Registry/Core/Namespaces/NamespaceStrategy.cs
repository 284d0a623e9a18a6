using System.Text.Json.Nodes;
using KubeSharp.Api.Scheme;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.ApiServer.Registry.Core.Namespaces;

/// <summary>
/// Namespaces, as upstream's pkg/registry/core/namespace: names are DNS-1123 labels; a new namespace is Active
/// with the <c>kubernetes</c> finalizer in spec.finalizers (the namespace controller removes it once the
/// namespace is empty); deletion marks it Terminating instead of removing it while that finalizer remains.
/// </summary>
public sealed class NamespaceStrategy(ResourceMapping mapping) : RestStrategy(mapping)
{
    public const string KubernetesFinalizer = "kubernetes";

    /// <summary>Every namespace carries this label with its own name (upstream since 1.21).</summary>
    public const string NameLabel = "kubernetes.io/metadata.name";

    public override void PrepareForCreate(JsonObject obj)
    {
        base.PrepareForCreate(obj);
        obj["status"] = new JsonObject { ["phase"] = "Active" };
        var spec = obj["spec"] as JsonObject ?? [];
        obj["spec"] = spec;
        if (spec["finalizers"] is not JsonArray finalizers || !finalizers.Any(f => f?.GetValue<string>() == KubernetesFinalizer))
        {
            var list = spec["finalizers"] as JsonArray ?? [];
            list.Add(KubernetesFinalizer);
            spec["finalizers"] = list;
        }

        SetNameLabel(obj);
    }

    public override void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        base.PrepareForUpdate(obj, old);

        // spec.finalizers changes only through the finalize subresource.
        if (old["spec"] is JsonObject oldSpec)
        {
            var spec = obj["spec"] as JsonObject ?? [];
            obj["spec"] = spec;
            if (oldSpec["finalizers"] is { } finalizers)
            {
                spec["finalizers"] = finalizers.DeepClone();
            }
            else
            {
                spec.Remove("finalizers");
            }
        }

        SetNameLabel(obj);
    }

    /// <summary>While spec.finalizers is not empty the namespace is only marked Terminating (upstream's namespace REST Delete).</summary>
    public override bool PrepareForDelete(JsonObject obj)
    {
        if (obj["spec"] is JsonObject spec && spec["finalizers"] is JsonArray { Count: > 0 })
        {
            obj["status"] = new JsonObject { ["phase"] = "Terminating" };
            return true;
        }

        return false;
    }

    public override IReadOnlyList<string> ValidateName(string name, bool prefix) =>
        Formats.IsDNS1123Label(prefix ? name + "a" : name);

    public override IReadOnlyDictionary<string, string> SelectableFields(JsonObject obj)
    {
        var fields = new Dictionary<string, string>(base.SelectableFields(obj), StringComparer.Ordinal)
        {
            ["status.phase"] = Generic.ObjectMetadata.ScalarAt(obj, "status.phase"),
        };
        return fields;
    }

    private static void SetNameLabel(JsonObject obj)
    {
        var meta = Generic.ObjectMetadata.Meta(obj);
        var labels = meta["labels"] as JsonObject ?? [];
        meta["labels"] = labels;
        labels[NameLabel] = Generic.ObjectMetadata.Name(obj);
    }
}

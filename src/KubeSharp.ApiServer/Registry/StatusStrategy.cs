using System.Text.Json.Nodes;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.ApiServer.Registry;

/// <summary>
/// The <c>status</c> subresource's strategy: an update writes status only; everything else, metadata
/// included (but for the resourceVersion precondition and managedFields), comes from the stored object, so a status writer can
/// never change spec, and generation does not move.
/// </summary>
public sealed class StatusStrategy(RestStrategy parent) : IRestStrategy
{
    public bool AllowCreateOnUpdate => false;

    public bool AllowUnconditionalUpdate => true;

    public IRestStrategy? Status => null;

    public void PrepareForCreate(JsonObject obj)
    {
    }

    public void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        var status = obj["status"]?.DeepClone();
        var resourceVersion = Generic.ObjectMetadata.ResourceVersion(obj);
        var managedFields = Generic.ObjectMetadata.Meta(obj)["managedFields"]?.DeepClone();
        foreach (var name in obj.Select(p => p.Key).ToList())
        {
            obj.Remove(name);
        }

        foreach (var (name, value) in old)
        {
            if (name != "status")
            {
                obj[name] = value?.DeepClone();
            }
        }

        if (status is not null)
        {
            obj["status"] = status;
        }

        Generic.ObjectMetadata.SetString(obj, "resourceVersion", resourceVersion);

        // Ownership of the status write was recorded by the status field manager before this step.
        if (managedFields is not null)
        {
            Generic.ObjectMetadata.Meta(obj)["managedFields"] = managedFields;
        }
    }

    public IReadOnlyList<FieldError> Validate(JsonObject obj) => [];

    public IReadOnlyList<FieldError> ValidateUpdate(JsonObject obj, JsonObject old) => parent.ValidateStatusUpdate(obj, old);

    public IReadOnlyList<string> ValidateName(string name, bool prefix) => parent.ValidateName(name, prefix);

    public long? GracePeriodSeconds(JsonObject obj, long? requested) => null;

    public bool PrepareForDelete(JsonObject obj) => false;

    public IReadOnlyDictionary<string, string> SelectableFields(JsonObject obj) => parent.SelectableFields(obj);
}

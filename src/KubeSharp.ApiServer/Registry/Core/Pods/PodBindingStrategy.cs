using System.Text.Json.Nodes;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.ApiServer.Registry.Core.Pods;

/// <summary>
/// The update strategy of <c>pods/binding</c>: the binding handler itself sets spec.nodeName, the annotations and
/// the PodScheduled condition on the stored pod (upstream's BindingREST.assignPod), so nothing is reset or
/// re-validated as a user's pod update would be (spec.nodeName is immutable there).
/// </summary>
public sealed class PodBindingStrategy(IRestStrategy parent) : IRestStrategy
{
    public bool AllowCreateOnUpdate => false;

    public bool AllowUnconditionalUpdate => true;

    public IRestStrategy? Status => null;

    public void PrepareForCreate(JsonObject obj)
    {
    }

    public void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
    }

    public IReadOnlyList<FieldError> Validate(JsonObject obj) => [];

    public IReadOnlyList<FieldError> ValidateUpdate(JsonObject obj, JsonObject old) => [];

    public IReadOnlyList<string> ValidateName(string name, bool prefix) => parent.ValidateName(name, prefix);

    public long? GracePeriodSeconds(JsonObject obj, long? requested) => parent.GracePeriodSeconds(obj, requested);

    public bool PrepareForDelete(JsonObject obj) => false;

    public IReadOnlyDictionary<string, string> SelectableFields(JsonObject obj) => parent.SelectableFields(obj);
}

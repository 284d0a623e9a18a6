using System.Text.Json.Nodes;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.ApiServer.Registry;

/// <summary>
/// What is particular to one resource in the generic create/update/delete flow (upstream's
/// <c>rest.RESTCreateStrategy</c>, <c>RESTUpdateStrategy</c> and <c>RESTGracefulDeleteStrategy</c> together):
/// resetting fields users may not set, defaulting, validation, generation bumps and graceful deletion.
/// </summary>
public interface IRestStrategy
{
    /// <summary>PUT on a missing object creates it (upstream's AllowCreateOnUpdate).</summary>
    bool AllowCreateOnUpdate { get; }

    /// <summary>PUT without a resourceVersion is allowed (upstream's AllowUnconditionalUpdate).</summary>
    bool AllowUnconditionalUpdate { get; }

    /// <summary>Clears what a create may not set (status) and fills defaults, before validation.</summary>
    void PrepareForCreate(JsonObject obj);

    /// <summary>Carries over what an update may not change (status on the main resource) and bumps generation on spec changes.</summary>
    void PrepareForUpdate(JsonObject obj, JsonObject old);

    /// <summary>Validation beyond object metadata, with upstream's field paths and messages.</summary>
    IReadOnlyList<FieldError> Validate(JsonObject obj);

    IReadOnlyList<FieldError> ValidateUpdate(JsonObject obj, JsonObject old);

    /// <summary>Checks the object's name (upstream's per-kind name function); returns the problems, empty when valid.</summary>
    IReadOnlyList<string> ValidateName(string name, bool prefix);

    /// <summary>
    /// For graceful deletion (pods): the grace period to apply given the one requested (null: the object's own
    /// default), or null to delete at once.
    /// </summary>
    long? GracePeriodSeconds(JsonObject obj, long? requested);

    /// <summary>
    /// Called before a delete with a copy of the object; returns true to keep the object, marked as being deleted
    /// (namespaces stay Terminating until the namespace controller has emptied them).
    /// </summary>
    bool PrepareForDelete(JsonObject obj);

    /// <summary>The field-selector fields of an object (always metadata.name and, when namespaced, metadata.namespace).</summary>
    IReadOnlyDictionary<string, string> SelectableFields(JsonObject obj);

    /// <summary>The strategy of the <c>status</c> subresource: everything but status kept from the stored object.</summary>
    IRestStrategy? Status { get; }
}

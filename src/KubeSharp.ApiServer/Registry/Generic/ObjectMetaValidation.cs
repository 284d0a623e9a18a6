using System.Text;
using System.Text.Json.Nodes;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.ApiServer.Registry.Generic;

/// <summary>
/// Upstream's <c>ValidateObjectMetaAccessor</c> and <c>ValidateObjectMetaUpdate</c> over the JSON tree: name or
/// generateName, namespace presence for the scope, labels, annotations (256 KiB in total), finalizers, and the
/// fields an update may not change.
/// </summary>
public static class ObjectMetaValidation
{
    /// <summary>Upstream's TotalAnnotationSizeLimitB.</summary>
    public const int TotalAnnotationSizeLimit = 256 * 1024;

    private static readonly FieldPath Metadata = FieldPath.New("metadata");

    public static FieldErrorList Validate(JsonObject obj, bool namespaced, IRestStrategy strategy)
    {
        var errors = new FieldErrorList();
        var generateName = ObjectMetadata.GenerateName(obj);
        if (generateName.Length > 0)
        {
            foreach (var message in strategy.ValidateName(generateName, prefix: true))
            {
                errors.Add(FieldError.Invalid(Metadata.Child("generateName"), generateName, message));
            }
        }

        var name = ObjectMetadata.Name(obj);
        if (name.Length == 0)
        {
            errors.Add(FieldError.Required(Metadata.Child("name"), "name or generateName is required"));
        }
        else
        {
            foreach (var message in strategy.ValidateName(name, prefix: false))
            {
                errors.Add(FieldError.Invalid(Metadata.Child("name"), name, message));
            }
        }

        var ns = ObjectMetadata.Namespace(obj);
        if (namespaced)
        {
            if (ns.Length == 0)
            {
                errors.Add(FieldError.Required(Metadata.Child("namespace"), ""));
            }
            else
            {
                foreach (var message in Formats.IsDNS1123Label(ns))
                {
                    errors.Add(FieldError.Invalid(Metadata.Child("namespace"), ns, message));
                }
            }
        }
        else if (ns.Length > 0)
        {
            errors.Add(FieldError.Forbidden(Metadata.Child("namespace"), "not allowed on this type"));
        }

        if (ObjectMetadata.Generation(obj) < 0)
        {
            errors.Add(FieldError.Invalid(Metadata.Child("generation"), ObjectMetadata.Generation(obj), "must be greater than or equal to 0"));
        }

        ValidateLabels(ObjectMetadata.Labels(obj), Metadata.Child("labels"), errors);
        ValidateAnnotations(ObjectMetadata.Annotations(obj), Metadata.Child("annotations"), errors);
        foreach (var finalizer in ObjectMetadata.Finalizers(obj))
        {
            foreach (var message in Formats.IsQualifiedName(finalizer))
            {
                errors.Add(FieldError.Invalid(Metadata.Child("finalizers"), finalizer, message));
            }
        }

        return errors;
    }

    /// <summary>The fields an update may not change, on top of <see cref="Validate"/>.</summary>
    public static FieldErrorList ValidateUpdate(JsonObject obj, JsonObject old, bool namespaced, IRestStrategy strategy)
    {
        var errors = Validate(obj, namespaced, strategy);
        foreach (var field in (ReadOnlySpan<string>)["name", "namespace", "uid", "creationTimestamp"])
        {
            var now = ObjectMetadata.GetString(obj, field);
            var before = ObjectMetadata.GetString(old, field);
            if (now != before)
            {
                errors.Add(FieldError.Invalid(Metadata.Child(field), now, "field is immutable"));
            }
        }

        return errors;
    }

    public static void ValidateLabels(Dictionary<string, string>? labels, FieldPath path, FieldErrorList errors)
    {
        if (labels is null)
        {
            return;
        }

        foreach (var (key, value) in labels)
        {
            foreach (var message in Formats.IsQualifiedName(key))
            {
                errors.Add(FieldError.Invalid(path, key, message));
            }

            foreach (var message in Formats.IsValidLabelValue(value))
            {
                errors.Add(FieldError.Invalid(path, value, message));
            }
        }
    }

    public static void ValidateAnnotations(Dictionary<string, string>? annotations, FieldPath path, FieldErrorList errors)
    {
        if (annotations is null)
        {
            return;
        }

        long total = 0;
        foreach (var (key, value) in annotations)
        {
            foreach (var message in Formats.IsQualifiedName(key.ToLowerInvariant()))
            {
                errors.Add(FieldError.Invalid(path, key, message));
            }

            total += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value);
        }

        if (total > TotalAnnotationSizeLimit)
        {
            errors.Add(FieldError.TooLong(path, TotalAnnotationSizeLimit));
        }
    }
}

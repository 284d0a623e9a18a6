using System.Globalization;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Machinery.Validation;

/// <summary>
/// Validation of metadata common to every kind (apimachinery's pkg/api/validation/objectmeta.go and
/// meta/v1/validation, plus core's finalizer-name rule), with upstream's messages.
/// </summary>
public static class ObjectMetaValidation
{
    public const string FieldImmutableErrorMsg = "field is immutable";
    public const string IsNegativeErrorMsg = "must be greater than or equal to 0";
    public const int TotalAnnotationSizeLimitB = 256 * (1 << 10);

    private static readonly HashSet<string> StandardFinalizers = ["kubernetes", "orphan", "foregroundDeletion"];

    /// <summary>Metadata of an object being created (name generation already done).</summary>
    public static FieldErrorList ValidateObjectMeta(ObjectMeta meta, bool requiresNamespace, Func<string, bool, List<string>> nameFn, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (!string.IsNullOrEmpty(meta.GenerateName))
        {
            foreach (var message in nameFn(meta.GenerateName, true))
            {
                errors.Add(FieldError.Invalid(path.Child("generateName"), meta.GenerateName, message));
            }
        }

        if (string.IsNullOrEmpty(meta.Name))
        {
            errors.Add(FieldError.Required(path.Child("name"), "name or generateName is required"));
        }
        else
        {
            foreach (var message in nameFn(meta.Name, false))
            {
                errors.Add(FieldError.Invalid(path.Child("name"), meta.Name, message));
            }
        }

        if (requiresNamespace)
        {
            if (string.IsNullOrEmpty(meta.Namespace))
            {
                errors.Add(FieldError.Required(path.Child("namespace")));
            }
            else
            {
                foreach (var message in NameValidation.NameIsDNSLabel(meta.Namespace, false))
                {
                    errors.Add(FieldError.Invalid(path.Child("namespace"), meta.Namespace, message));
                }
            }
        }
        else if (!string.IsNullOrEmpty(meta.Namespace))
        {
            errors.Add(FieldError.Forbidden(path.Child("namespace"), "not allowed on this type"));
        }

        errors.AddRange(ValidateNonnegativeField(meta.Generation ?? 0, path.Child("generation")));
        errors.AddRange(ValidateLabels(meta.Labels, path.Child("labels")));
        errors.AddRange(ValidateAnnotations(meta.Annotations, path.Child("annotations")));
        errors.AddRange(ValidateOwnerReferences(meta.OwnerReferences, path.Child("ownerReferences")));
        errors.AddRange(ValidateFinalizers(meta.Finalizers, path.Child("finalizers")));
        errors.AddRange(KubeFinalizerNames(meta.Finalizers, path.Child("finalizers")));
        return errors;
    }

    /// <summary>Metadata of an object being updated: immutable fields, resourceVersion, generation.</summary>
    public static FieldErrorList ValidateObjectMetaUpdate(ObjectMeta updated, ObjectMeta old, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (old.DeletionTimestamp is not null)
        {
            var added = (updated.Finalizers ?? []).Except(old.Finalizers ?? [], StringComparer.Ordinal).Distinct().Order(StringComparer.Ordinal).ToList();
            if (added.Count > 0)
            {
                errors.Add(FieldError.Forbidden(path.Child("finalizers"), "no new finalizers can be added if the object is being deleted, found new finalizers []string{" + string.Join(", ", added.Select(Internal.GoFormat.Quote)) + "}"));
            }
        }

        if (string.IsNullOrEmpty(updated.ResourceVersion))
        {
            errors.Add(FieldError.Invalid(path.Child("resourceVersion"), updated.ResourceVersion ?? "", "must be specified for an update"));
        }

        if ((updated.Generation ?? 0) < (old.Generation ?? 0))
        {
            errors.Add(FieldError.Invalid(path.Child("generation"), updated.Generation ?? 0, "must not be decremented"));
        }

        errors.AddRange(ValidateImmutableField(updated.Name ?? "", old.Name ?? "", path.Child("name")));
        errors.AddRange(ValidateImmutableField(updated.Namespace ?? "", old.Namespace ?? "", path.Child("namespace")));
        errors.AddRange(ValidateImmutableField(updated.Uid ?? "", old.Uid ?? "", path.Child("uid")));
        if (updated.CreationTimestamp != old.CreationTimestamp)
        {
            errors.Add(FieldError.Invalid(path.Child("creationTimestamp"), TimeText(updated.CreationTimestamp), FieldImmutableErrorMsg));
        }

        if (updated.DeletionTimestamp != old.DeletionTimestamp)
        {
            errors.Add(FieldError.Invalid(path.Child("deletionTimestamp"), TimeText(updated.DeletionTimestamp), FieldImmutableErrorMsg));
        }

        if (updated.DeletionGracePeriodSeconds != old.DeletionGracePeriodSeconds)
        {
            errors.Add(FieldError.Invalid(path.Child("deletionGracePeriodSeconds"), updated.DeletionGracePeriodSeconds, FieldImmutableErrorMsg));
        }

        errors.AddRange(ValidateLabels(updated.Labels, path.Child("labels")));
        errors.AddRange(ValidateAnnotations(updated.Annotations, path.Child("annotations")));
        errors.AddRange(ValidateOwnerReferences(updated.OwnerReferences, path.Child("ownerReferences")));
        errors.AddRange(ValidateFinalizers(updated.Finalizers, path.Child("finalizers")));
        errors.AddRange(KubeFinalizerNames(updated.Finalizers, path.Child("finalizers")));
        return errors;
    }

    /// <summary>Label keys are qualified names; values are label values (both reported at the labels path).</summary>
    public static FieldErrorList ValidateLabels(IReadOnlyDictionary<string, string>? labels, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (labels is null)
        {
            return errors;
        }

        foreach (var (key, value) in labels.OrderBy(l => l.Key, StringComparer.Ordinal))
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

        return errors;
    }

    /// <summary>Annotation keys are qualified names (case-insensitive); all keys and values together at most 256 KiB.</summary>
    public static FieldErrorList ValidateAnnotations(IReadOnlyDictionary<string, string>? annotations, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (annotations is null)
        {
            return errors;
        }

        long total = 0;
        foreach (var (key, value) in annotations.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            foreach (var message in Formats.IsQualifiedName(key.ToLowerInvariant()))
            {
                errors.Add(FieldError.Invalid(path, key, message));
            }

            total += Formats.Utf8Length(key) + Formats.Utf8Length(value);
        }

        if (total > TotalAnnotationSizeLimitB)
        {
            errors.Add(FieldError.TooLong(path, TotalAnnotationSizeLimitB));
        }

        return errors;
    }

    public static FieldErrorList ValidateOwnerReferences(IReadOnlyList<OwnerReference>? references, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (references is null)
        {
            return errors;
        }

        string? firstController = null;
        foreach (var reference in references)
        {
            var slash = reference.ApiVersion.LastIndexOf('/');
            var version = slash >= 0 ? reference.ApiVersion[(slash + 1)..] : reference.ApiVersion;
            var group = slash >= 0 ? reference.ApiVersion[..slash] : "";
            if (version.Length == 0)
            {
                errors.Add(FieldError.Invalid(path.Child("apiVersion"), reference.ApiVersion, "version must not be empty"));
            }

            if (reference.Kind.Length == 0)
            {
                errors.Add(FieldError.Invalid(path.Child("kind"), reference.Kind, "must not be empty"));
            }

            if (reference.Name.Length == 0)
            {
                errors.Add(FieldError.Invalid(path.Child("name"), reference.Name, "must not be empty"));
            }

            if (reference.Uid.Length == 0)
            {
                errors.Add(FieldError.Invalid(path.Child("uid"), reference.Uid, "must not be empty"));
            }

            if (group.Length == 0 && version == "v1" && reference.Kind == "Event")
            {
                errors.Add(FieldError.Invalid(path, reference, "/v1, Kind=Event is disallowed from being an owner"));
            }

            if (reference.Controller == true)
            {
                var current = reference.Kind + "/" + reference.Name;
                if (firstController is not null)
                {
                    errors.Add(FieldError.Invalid(path, references, $"Only one reference can have Controller set to true. Found \"true\" in references for {firstController} and {current}"));
                }
                else
                {
                    firstController = current;
                }
            }
        }

        return errors;
    }

    /// <summary>Finalizers are qualified names; orphan and foregroundDeletion are mutually exclusive.</summary>
    public static FieldErrorList ValidateFinalizers(IReadOnlyList<string>? finalizers, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (finalizers is null)
        {
            return errors;
        }

        foreach (var finalizer in finalizers)
        {
            foreach (var message in Formats.IsQualifiedName(finalizer))
            {
                errors.Add(FieldError.Invalid(path, finalizer, message));
            }
        }

        if (finalizers.Contains("orphan") && finalizers.Contains("foregroundDeletion"))
        {
            errors.Add(FieldError.Invalid(path, finalizers, "finalizer orphan and foregroundDeletion cannot be both set"));
        }

        return errors;
    }

    public static FieldErrorList ValidateNonnegativeField(long value, FieldPath path) =>
        value < 0 ? [FieldError.Invalid(path, value, IsNegativeErrorMsg)] : [];

    public static FieldErrorList ValidateImmutableField<T>(T updated, T old, FieldPath path) =>
        EqualityComparer<T>.Default.Equals(updated, old) ? [] : [FieldError.Invalid(path, updated, FieldImmutableErrorMsg)];

    /// <summary>Core's extra finalizer rule: an unqualified name must be a standard one.</summary>
    private static FieldErrorList KubeFinalizerNames(List<string>? finalizers, FieldPath path)
    {
        var errors = new FieldErrorList();
        for (var i = 0; i < (finalizers?.Count ?? 0); i++)
        {
            var finalizer = finalizers![i];
            foreach (var message in Formats.IsQualifiedName(finalizer))
            {
                errors.Add(FieldError.Invalid(path.Index(i), finalizer, message));
            }

            if (!finalizer.Contains('/', StringComparison.Ordinal) && !StandardFinalizers.Contains(finalizer))
            {
                errors.Add(FieldError.Invalid(path.Index(i), finalizer, "name is neither a standard finalizer name nor is it fully qualified"));
            }
        }

        return errors;
    }

    private static string? TimeText(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString(TimeConverter.Format, CultureInfo.InvariantCulture);
}

using KubeSharp.Api.Autoscaling.V2;

namespace KubeSharp.Machinery.Validation.Groups;

/// <summary>
/// Validation of autoscaling/v2 HorizontalPodAutoscalers (upstream's pkg/apis/autoscaling/validation): replica
/// bounds and the scale target reference. The per-metric and behavior checks are left out.
/// </summary>
public static class AutoscalingValidation
{
    public static FieldErrorList ValidateHorizontalPodAutoscaler(HorizontalPodAutoscaler autoscaler)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(autoscaler.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        errors.AddRange(ValidateHorizontalPodAutoscalerSpec(autoscaler.Spec, FieldPath.New("spec")));
        return errors;
    }

    public static FieldErrorList ValidateHorizontalPodAutoscalerUpdate(HorizontalPodAutoscaler autoscaler, HorizontalPodAutoscaler old)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(autoscaler.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ValidateHorizontalPodAutoscalerSpec(autoscaler.Spec, FieldPath.New("spec")));
        return errors;
    }

    /// <param name="minReplicasLowerBound">1; 0 only with upstream's HPAScaleToZero feature gate (off by default).</param>
    public static FieldErrorList ValidateHorizontalPodAutoscalerSpec(HorizontalPodAutoscalerSpec spec, FieldPath path, int minReplicasLowerBound = 1)
    {
        var errors = new FieldErrorList();
        if (spec.MinReplicas is { } min && min < minReplicasLowerBound)
        {
            errors.Add(FieldError.Invalid(path.Child("minReplicas"), min, $"must be greater than or equal to {minReplicasLowerBound}"));
        }

        if (spec.MaxReplicas < 1)
        {
            errors.Add(FieldError.Invalid(path.Child("maxReplicas"), spec.MaxReplicas, "must be greater than 0"));
        }

        if (spec.MinReplicas is { } lower && spec.MaxReplicas < lower)
        {
            errors.Add(FieldError.Invalid(path.Child("maxReplicas"), spec.MaxReplicas, "must be greater than or equal to `minReplicas`"));
        }

        errors.AddRange(ValidateCrossVersionObjectReference(spec.ScaleTargetRef, path.Child("scaleTargetRef")));
        return errors;
    }

    public static FieldErrorList ValidateCrossVersionObjectReference(CrossVersionObjectReference reference, FieldPath path)
    {
        var errors = new FieldErrorList();
        AddPathSegment(errors, reference.Kind, path.Child("kind"));
        AddPathSegment(errors, reference.Name, path.Child("name"));
        return errors;
    }

    private static void AddPathSegment(FieldErrorList errors, string value, FieldPath path)
    {
        if (value.Length == 0)
        {
            errors.Add(FieldError.Required(path));
            return;
        }

        foreach (var message in Formats.IsValidPathSegmentName(value))
        {
            errors.Add(FieldError.Invalid(path, value, message));
        }
    }
}

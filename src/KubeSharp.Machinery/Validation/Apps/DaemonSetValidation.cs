using KubeSharp.Api.Apps.V1;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Labels;
using KubeSharp.Machinery.Validation.Core;

namespace KubeSharp.Machinery.Validation.Apps;

/// <summary>
/// Validation of apps/v1 DaemonSets (upstream's ValidateDaemonSet, ValidateDaemonSetUpdate, plus the selector
/// immutability of the registry strategy). The template generation checks of the internal type have no
/// apps/v1 field and are left out.
/// </summary>
public static class DaemonSetValidation
{
    public static FieldErrorList ValidateDaemonSet(DaemonSet daemonSet, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(daemonSet.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        errors.AddRange(ValidateDaemonSetSpec(daemonSet.Spec, FieldPath.New("spec"), options));
        return errors;
    }

    public static FieldErrorList ValidateDaemonSetUpdate(DaemonSet updated, DaemonSet old, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(updated.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ValidateDaemonSetSpec(updated.Spec, FieldPath.New("spec"), options));
        errors.AddRange(WorkloadTemplateValidation.ValidateSelectorImmutable(updated.Spec.Selector, old.Spec.Selector, FieldPath.New("spec", "selector")));
        return errors;
    }

    public static FieldErrorList ValidateDaemonSetSpec(DaemonSetSpec spec, FieldPath path, PodValidationOptions? options = null)
    {
        options ??= new PodValidationOptions();
        var errors = LabelSelectors.Validate(spec.Selector, path.Child("selector"), options.AllowInvalidLabelValueInSelector);
        if (LabelSelectors.TryToSelector(spec.Selector, out var selector, out _) && !selector.Matches(spec.Template.Metadata.Labels))
        {
            errors.Add(FieldError.Invalid(path.Child("template", "metadata", "labels"), GoSyntax.StringMap(spec.Template.Metadata.Labels), WorkloadTemplateValidation.SelectorDoesNotMatchTemplate));
        }

        if (spec.Selector is not null && (spec.Selector.MatchLabels?.Count ?? 0) + (spec.Selector.MatchExpressions?.Count ?? 0) == 0)
        {
            errors.Add(FieldError.Invalid(path.Child("selector"), GoSyntax.LabelSelector(spec.Selector), "empty selector is invalid for daemonset"));
        }

        errors.AddRange(PodValidation.ValidatePodTemplateSpec(spec.Template, path.Child("template"), options));
        errors.AddRange(WorkloadTemplateValidation.ValidateAlwaysRestart(spec.Template, path.Child("template", "spec"), "DaemonSet"));
        errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(spec.MinReadySeconds ?? 0, path.Child("minReadySeconds")));
        errors.AddRange(ValidateUpdateStrategy(spec.UpdateStrategy, path.Child("updateStrategy")));
        if (spec.RevisionHistoryLimit is { } limit)
        {
            errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(limit, path.Child("revisionHistoryLimit")));
        }

        return errors;
    }

    public static FieldErrorList ValidateUpdateStrategy(DaemonSetUpdateStrategy strategy, FieldPath path)
    {
        switch (strategy.Type)
        {
            case DaemonSetUpdateStrategyType.OnDelete:
                return [];
            case DaemonSetUpdateStrategyType.RollingUpdate:
                return strategy.RollingUpdate is null
                    ? [FieldError.Required(path.Child("rollingUpdate"))]
                    : ValidateRollingUpdate(strategy.RollingUpdate, path.Child("rollingUpdate"));
            default:
                // Upstream reports the whole strategy struct; printed as JSON here (docs/machinery.md).
                return [FieldError.NotSupported(path, strategy, [DaemonSetUpdateStrategyType.RollingUpdate, DaemonSetUpdateStrategyType.OnDelete])];
        }
    }

    private static FieldErrorList ValidateRollingUpdate(RollingUpdateDaemonSet rollingUpdate, FieldPath path)
    {
        var maxUnavailable = rollingUpdate.MaxUnavailable ?? 0;
        var maxSurge = rollingUpdate.MaxSurge ?? 0;
        var errors = IntOrPercentValidation.ValidatePositiveIntOrPercent(maxUnavailable, path.Child("maxUnavailable"));
        errors.AddRange(IntOrPercentValidation.ValidatePositiveIntOrPercent(maxSurge, path.Child("maxSurge")));
        errors.AddRange(IntOrPercentValidation.IsNotMoreThan100Percent(maxUnavailable, path.Child("maxUnavailable")));
        errors.AddRange(IntOrPercentValidation.IsNotMoreThan100Percent(maxSurge, path.Child("maxSurge")));

        // Exactly one of the two must be non-zero.
        var hasUnavailable = IntOrPercentValidation.GetIntOrPercentValue(maxUnavailable) != 0;
        var hasSurge = IntOrPercentValidation.GetIntOrPercentValue(maxSurge) != 0;
        if (hasUnavailable && hasSurge)
        {
            errors.Add(FieldError.Invalid(path.Child("maxSurge"), GoSyntax.IntOrString(maxSurge), "may not be set when maxUnavailable is non-zero"));
        }
        else if (!hasUnavailable && !hasSurge)
        {
            errors.Add(FieldError.Required(path.Child("maxUnavailable"), "cannot be 0 when maxSurge is 0"));
        }

        return errors;
    }
}

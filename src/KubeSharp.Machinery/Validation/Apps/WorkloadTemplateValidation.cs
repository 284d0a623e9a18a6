using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Labels;
using KubeSharp.Machinery.Validation.Core;

namespace KubeSharp.Machinery.Validation.Apps;

/// <summary>
/// The selector and pod-template checks the workload kinds share (upstream's pkg/apis/apps/validation:
/// the selector block of each spec validator and ValidatePodTemplateSpecForReplicaSet).
/// </summary>
public static class WorkloadTemplateValidation
{
    public const string SelectorDoesNotMatchTemplate = "`selector` does not match template `labels`";

    /// <summary>
    /// A required, strictly validated, non-empty selector. <paramref name="kindWord"/> goes into upstream's
    /// "empty selector is invalid for …" (ReplicaSets say "deployment" there, as upstream does).
    /// </summary>
    public static FieldErrorList ValidateRequiredSelector(LabelSelector? selector, string kindWord, FieldPath path)
    {
        if (selector is null)
        {
            return [FieldError.Required(path)];
        }

        var errors = LabelSelectors.Validate(selector, path);
        if ((selector.MatchLabels?.Count ?? 0) + (selector.MatchExpressions?.Count ?? 0) == 0)
        {
            errors.Add(FieldError.Invalid(path, GoSyntax.LabelSelector(selector), "empty selector is invalid for " + kindWord));
        }

        return errors;
    }

    /// <summary>Template labels that the selector must match (skipped for a selector that selects everything).</summary>
    public static FieldErrorList ValidateSelectorMatchesTemplate(Selector selector, PodTemplateSpec template, FieldPath labelsPath) =>
        !selector.IsEmpty && !selector.Matches(template.Metadata.Labels)
            ? [FieldError.Invalid(labelsPath, GoSyntax.StringMap(template.Metadata.Labels), SelectorDoesNotMatchTemplate)]
            : [];

    /// <summary>
    /// The template of a ReplicaSet or Deployment: it must match the selector, be a valid pod template, restart
    /// Always and have no activeDeadlineSeconds.
    /// </summary>
    public static FieldErrorList ValidatePodTemplateSpecForReplicaSet(PodTemplateSpec template, Selector selector, FieldPath path, PodValidationOptions? options = null)
    {
        var errors = ValidateSelectorMatchesTemplate(selector, template, path.Child("metadata", "labels"));
        errors.AddRange(PodValidation.ValidatePodTemplateSpec(template, path, options));
        errors.AddRange(ValidateAlwaysRestart(template, path.Child("spec"), "ReplicaSet"));
        return errors;
    }

    /// <summary>Long-running workloads: restartPolicy Always, no activeDeadlineSeconds.</summary>
    public static FieldErrorList ValidateAlwaysRestart(PodTemplateSpec template, FieldPath specPath, string kind)
    {
        var errors = new FieldErrorList();
        if (template.Spec.RestartPolicy != RestartPolicy.Always)
        {
            errors.Add(FieldError.NotSupported(specPath.Child("restartPolicy"), template.Spec.RestartPolicy ?? "", [RestartPolicy.Always]));
        }

        if (template.Spec.ActiveDeadlineSeconds is not null)
        {
            errors.Add(FieldError.Forbidden(specPath.Child("activeDeadlineSeconds"), $"activeDeadlineSeconds in {kind} is not Supported"));
        }

        return errors;
    }

    /// <summary>The selector as a <see cref="Selector"/>, or the Invalid error upstream reports when conversion fails.</summary>
    public static bool TryConvert(LabelSelector? selector, FieldPath path, string detail, FieldErrorList errors, out Selector converted)
    {
        if (LabelSelectors.TryToSelector(selector, out converted, out _))
        {
            return true;
        }

        errors.Add(FieldError.Invalid(path, GoSyntax.LabelSelector(selector), detail));
        return false;
    }

    /// <summary>Selectors are immutable in apps/v1 (upstream's strategies check this for every group version after v1beta2).</summary>
    public static FieldErrorList ValidateSelectorImmutable(LabelSelector? updated, LabelSelector? old, FieldPath path) =>
        SemanticEquality.Equal(updated, old) ? [] : [FieldError.Invalid(path, GoSyntax.LabelSelector(updated), ObjectMetaValidation.FieldImmutableErrorMsg)];
}

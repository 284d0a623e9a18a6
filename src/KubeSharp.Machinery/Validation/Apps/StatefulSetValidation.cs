using KubeSharp.Api.Apps.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Labels;
using KubeSharp.Machinery.Validation.Core;

namespace KubeSharp.Machinery.Validation.Apps;

/// <summary>
/// Validation of apps/v1 StatefulSets (upstream's ValidateStatefulSet, ValidateStatefulSetUpdate). Names are
/// DNS labels because they become pod host names. As upstream, the pod template's spec is not validated
/// here (its volumes come partly from the claim templates); pods are validated when the controller creates
/// them.
/// </summary>
public static class StatefulSetValidation
{
    public const string SpecUpdateForbidden =
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

    public static FieldErrorList ValidateStatefulSet(StatefulSet statefulSet, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(statefulSet.Metadata, true, NameValidation.NameIsDNSLabel, FieldPath.New("metadata"));
        errors.AddRange(ValidateStatefulSetSpec(statefulSet.Spec, FieldPath.New("spec"), options));
        return errors;
    }

    /// <summary>An update: the new spec must be valid and only the mutable fields may change (the name is not re-checked).</summary>
    public static FieldErrorList ValidateStatefulSetUpdate(StatefulSet updated, StatefulSet old, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(updated.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ValidateStatefulSetSpec(updated.Spec, FieldPath.New("spec"), options));

        var clone = KubeJson.Deserialize<StatefulSetSpec>(KubeJson.SerializeToUtf8Bytes(updated.Spec))!;
        clone.Replicas = old.Spec.Replicas;
        clone.Template = old.Spec.Template;
        clone.UpdateStrategy = old.Spec.UpdateStrategy;
        clone.MinReadySeconds = old.Spec.MinReadySeconds;
        clone.Ordinals = old.Spec.Ordinals;
        clone.PersistentVolumeClaimRetentionPolicy = old.Spec.PersistentVolumeClaimRetentionPolicy;
        if (!SemanticEquality.Equal(clone, old.Spec))
        {
            errors.Add(FieldError.Forbidden(FieldPath.New("spec"), SpecUpdateForbidden));
        }

        return errors;
    }

    public static FieldErrorList ValidateStatefulSetSpec(StatefulSetSpec spec, FieldPath path, PodValidationOptions? options = null)
    {
        var errors = new FieldErrorList();
        switch (spec.PodManagementPolicy)
        {
            case null or "":
                errors.Add(FieldError.Required(path.Child("podManagementPolicy")));
                break;
            case PodManagementPolicyType.OrderedReady or PodManagementPolicyType.Parallel:
                break;
            default:
                errors.Add(FieldError.Invalid(path.Child("podManagementPolicy"), spec.PodManagementPolicy, "must be 'OrderedReady' or 'Parallel'"));
                break;
        }

        var strategyPath = path.Child("updateStrategy");
        switch (spec.UpdateStrategy.Type)
        {
            case null or "":
                errors.Add(FieldError.Required(strategyPath));
                break;
            case StatefulSetUpdateStrategyType.OnDelete:
                if (spec.UpdateStrategy.RollingUpdate is not null)
                {
                    errors.Add(FieldError.Invalid(strategyPath.Child("rollingUpdate"), spec.UpdateStrategy.RollingUpdate, "only allowed for updateStrategy 'RollingUpdate'"));
                }

                break;
            case StatefulSetUpdateStrategyType.RollingUpdate:
                if (spec.UpdateStrategy.RollingUpdate is { } rollingUpdate)
                {
                    errors.AddRange(ValidateRollingUpdate(rollingUpdate, strategyPath.Child("rollingUpdate")));
                }

                break;
            default:
                errors.Add(FieldError.Invalid(strategyPath, spec.UpdateStrategy, "must be 'RollingUpdate' or 'OnDelete'"));
                break;
        }

        if (spec.PersistentVolumeClaimRetentionPolicy is { } policy)
        {
            var policyPath = path.Child("persistentVolumeClaimRetentionPolicy");
            errors.AddRange(ValidateRetentionPolicyType(policy.WhenDeleted, policyPath.Child("whenDeleted")));
            errors.AddRange(ValidateRetentionPolicyType(policy.WhenScaled, policyPath.Child("whenScaled")));
        }

        errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(spec.Replicas ?? 0, path.Child("replicas")));
        errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(spec.MinReadySeconds ?? 0, path.Child("minReadySeconds")));
        if (spec.Ordinals is { } ordinals)
        {
            // Upstream names this path with a dot inside one element.
            errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(ordinals.Start, path.Child("ordinals.start")));
        }

        errors.AddRange(WorkloadTemplateValidation.ValidateRequiredSelector(spec.Selector, "statefulset", path.Child("selector")));
        if (WorkloadTemplateValidation.TryConvert(spec.Selector, path.Child("selector"), "", errors, out var selector))
        {
            errors.AddRange(ValidatePodTemplateSpecForStatefulSet(spec.Template, selector, path.Child("template"), options ?? new PodValidationOptions()));
        }

        errors.AddRange(WorkloadTemplateValidation.ValidateAlwaysRestart(spec.Template, path.Child("template", "spec"), "StatefulSet"));
        return errors;
    }

    private static FieldErrorList ValidatePodTemplateSpecForStatefulSet(PodTemplateSpec template, Selector selector, FieldPath path, PodValidationOptions options)
    {
        var errors = WorkloadTemplateValidation.ValidateSelectorMatchesTemplate(selector, template, path.Child("metadata", "labels"));

        // Upstream's paths here leave out "metadata".
        errors.AddRange(ObjectMetaValidation.ValidateLabels(template.Metadata.Labels, path.Child("labels")));
        errors.AddRange(ObjectMetaValidation.ValidateAnnotations(template.Metadata.Annotations, path.Child("annotations")));
        errors.AddRange(PodValidation.ValidatePodSpecificAnnotations(template.Metadata.Annotations, template.Spec, path.Child("annotations"), options));
        return errors;
    }

    private static FieldErrorList ValidateRollingUpdate(RollingUpdateStatefulSetStrategy rollingUpdate, FieldPath path)
    {
        var errors = ObjectMetaValidation.ValidateNonnegativeField(rollingUpdate.Partition ?? 0, path.Child("partition"));
        if (rollingUpdate.MaxUnavailable is { } maxUnavailable)
        {
            var maxPath = path.Child("maxUnavailable");
            errors.AddRange(IntOrPercentValidation.ValidatePositiveIntOrPercent(maxUnavailable, maxPath));
            if (IntOrPercentValidation.GetIntOrPercentValue(maxUnavailable) == 0)
            {
                errors.Add(FieldError.Invalid(maxPath, GoSyntax.IntOrString(maxUnavailable), "cannot be 0"));
            }

            errors.AddRange(IntOrPercentValidation.IsNotMoreThan100Percent(maxUnavailable, maxPath));
        }

        return errors;
    }

    private static FieldErrorList ValidateRetentionPolicyType(string? policy, FieldPath path) =>
        policy is PersistentVolumeClaimRetentionPolicyType.Retain or PersistentVolumeClaimRetentionPolicyType.Delete
            ? []
            : [FieldError.NotSupported(path, policy ?? "", [PersistentVolumeClaimRetentionPolicyType.Retain, PersistentVolumeClaimRetentionPolicyType.Delete])];
}

using KubeSharp.Api;
using KubeSharp.Api.Policy.V1;
using KubeSharp.Machinery.Labels;
using KubeSharp.Machinery.Validation.Apps;

namespace KubeSharp.Machinery.Validation.Groups;

/// <summary>Validation of policy/v1 PodDisruptionBudgets (upstream's pkg/apis/policy/validation).</summary>
public static class PolicyValidation
{
    public static FieldErrorList ValidatePodDisruptionBudget(PodDisruptionBudget budget, bool allowInvalidLabelValueInSelector = false)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(budget.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        errors.AddRange(ValidatePodDisruptionBudgetSpec(budget.Spec, FieldPath.New("spec"), allowInvalidLabelValueInSelector));
        return errors;
    }

    public static FieldErrorList ValidatePodDisruptionBudgetUpdate(PodDisruptionBudget budget, PodDisruptionBudget old)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(budget.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ValidatePodDisruptionBudgetSpec(budget.Spec, FieldPath.New("spec"), allowInvalidLabelValueInSelector: true));
        return errors;
    }

    public static FieldErrorList ValidatePodDisruptionBudgetSpec(PodDisruptionBudgetSpec spec, FieldPath path, bool allowInvalidLabelValueInSelector = false)
    {
        var errors = new FieldErrorList();
        if (spec.MinAvailable is not null && spec.MaxUnavailable is not null)
        {
            // Upstream prints the spec struct with %#v; JSON here (docs/machinery.md).
            errors.Add(FieldError.Invalid(path, spec, "minAvailable and maxUnavailable cannot be both set"));
        }

        AddIntOrPercent(errors, spec.MinAvailable, path.Child("minAvailable"));
        AddIntOrPercent(errors, spec.MaxUnavailable, path.Child("maxUnavailable"));
        errors.AddRange(LabelSelectors.Validate(spec.Selector, path.Child("selector"), allowInvalidLabelValueInSelector));
        if (spec.UnhealthyPodEvictionPolicy is { } policy && policy is not (UnhealthyPodEvictionPolicyType.IfHealthyBudget or UnhealthyPodEvictionPolicyType.AlwaysAllow))
        {
            errors.Add(FieldError.NotSupported(path.Child("unhealthyPodEvictionPolicy"), policy, [UnhealthyPodEvictionPolicyType.AlwaysAllow, UnhealthyPodEvictionPolicyType.IfHealthyBudget]));
        }

        return errors;
    }

    private static void AddIntOrPercent(FieldErrorList errors, IntOrString? value, FieldPath path)
    {
        if (value is { } v)
        {
            errors.AddRange(IntOrPercentValidation.ValidatePositiveIntOrPercent(v, path));
            errors.AddRange(IntOrPercentValidation.IsNotMoreThan100Percent(v, path));
        }
    }
}

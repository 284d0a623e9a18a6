using KubeSharp.Api.Apps.V1;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Validation.Core;

namespace KubeSharp.Machinery.Validation.Apps;

/// <summary>
/// Validation of apps/v1 Deployments and ReplicaSets with upstream's rules and messages
/// (pkg/apis/apps/validation, plus the selector immutability the registry strategies add for apps/v1).
/// Objects are validated after defaulting, as the API server does.
/// </summary>
public static class AppsValidation
{
    public static FieldErrorList ValidateDeployment(Deployment deployment, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(deployment.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        errors.AddRange(ValidateDeploymentSpec(deployment.Spec, FieldPath.New("spec"), options));
        return errors;
    }

    public static FieldErrorList ValidateDeploymentUpdate(Deployment updated, Deployment old, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(updated.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ValidateDeploymentSpec(updated.Spec, FieldPath.New("spec"), options));
        errors.AddRange(WorkloadTemplateValidation.ValidateSelectorImmutable(updated.Spec.Selector, old.Spec.Selector, FieldPath.New("spec", "selector")));
        return errors;
    }

    public static FieldErrorList ValidateDeploymentSpec(DeploymentSpec spec, FieldPath path, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateNonnegativeField(spec.Replicas ?? 0, path.Child("replicas"));
        errors.AddRange(WorkloadTemplateValidation.ValidateRequiredSelector(spec.Selector, "deployment", path.Child("selector")));
        if (WorkloadTemplateValidation.TryConvert(spec.Selector, path.Child("selector"), "invalid label selector", errors, out var selector))
        {
            errors.AddRange(WorkloadTemplateValidation.ValidatePodTemplateSpecForReplicaSet(spec.Template, selector, path.Child("template"), options));
        }

        errors.AddRange(ValidateDeploymentStrategy(spec.Strategy, path.Child("strategy")));
        var minReadySeconds = spec.MinReadySeconds ?? 0;
        errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(minReadySeconds, path.Child("minReadySeconds")));
        if (spec.RevisionHistoryLimit is { } limit)
        {
            errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(limit, path.Child("revisionHistoryLimit")));
        }

        if (spec.ProgressDeadlineSeconds is { } deadline)
        {
            errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(deadline, path.Child("progressDeadlineSeconds")));
            if (deadline <= minReadySeconds)
            {
                errors.Add(FieldError.Invalid(path.Child("progressDeadlineSeconds"), deadline, "must be greater than minReadySeconds"));
            }
        }

        return errors;
    }

    public static FieldErrorList ValidateDeploymentStrategy(DeploymentStrategy strategy, FieldPath path)
    {
        var errors = new FieldErrorList();
        switch (strategy.Type)
        {
            case DeploymentStrategyType.Recreate:
                if (strategy.RollingUpdate is not null)
                {
                    errors.Add(FieldError.Forbidden(path.Child("rollingUpdate"), "may not be specified when strategy `type` is 'Recreate'"));
                }

                break;
            case DeploymentStrategyType.RollingUpdate:
                if (strategy.RollingUpdate is null)
                {
                    errors.Add(FieldError.Required(path.Child("rollingUpdate"), "this should be defaulted and never be nil"));
                }
                else
                {
                    errors.AddRange(ValidateRollingUpdateDeployment(strategy.RollingUpdate, path.Child("rollingUpdate")));
                }

                break;
            default:
                // Upstream reports the whole strategy struct here; its %#v is printed as JSON (docs/machinery.md).
                errors.Add(FieldError.NotSupported(path, strategy, [DeploymentStrategyType.Recreate, DeploymentStrategyType.RollingUpdate]));
                break;
        }

        return errors;
    }

    public static FieldErrorList ValidateRollingUpdateDeployment(RollingUpdateDeployment rollingUpdate, FieldPath path)
    {
        // Unset values are zero in upstream's internal type (defaulting sets both to 25%).
        var maxUnavailable = rollingUpdate.MaxUnavailable ?? 0;
        var maxSurge = rollingUpdate.MaxSurge ?? 0;
        var errors = IntOrPercentValidation.ValidatePositiveIntOrPercent(maxUnavailable, path.Child("maxUnavailable"));
        errors.AddRange(IntOrPercentValidation.ValidatePositiveIntOrPercent(maxSurge, path.Child("maxSurge")));
        if (IntOrPercentValidation.GetIntOrPercentValue(maxUnavailable) == 0 && IntOrPercentValidation.GetIntOrPercentValue(maxSurge) == 0)
        {
            errors.Add(FieldError.Invalid(path.Child("maxUnavailable"), GoSyntax.IntOrString(maxUnavailable), "may not be 0 when `maxSurge` is 0"));
        }

        errors.AddRange(IntOrPercentValidation.IsNotMoreThan100Percent(maxUnavailable, path.Child("maxUnavailable")));
        return errors;
    }

    public static FieldErrorList ValidateReplicaSet(ReplicaSet replicaSet, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(replicaSet.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        errors.AddRange(ValidateReplicaSetSpec(replicaSet.Spec, FieldPath.New("spec"), options));
        return errors;
    }

    public static FieldErrorList ValidateReplicaSetUpdate(ReplicaSet updated, ReplicaSet old, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(updated.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ValidateReplicaSetSpec(updated.Spec, FieldPath.New("spec"), options));
        errors.AddRange(WorkloadTemplateValidation.ValidateSelectorImmutable(updated.Spec.Selector, old.Spec.Selector, FieldPath.New("spec", "selector")));
        return errors;
    }

    public static FieldErrorList ValidateReplicaSetSpec(ReplicaSetSpec spec, FieldPath path, PodValidationOptions? options = null)
    {
        var errors = ObjectMetaValidation.ValidateNonnegativeField(spec.Replicas ?? 0, path.Child("replicas"));
        errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(spec.MinReadySeconds ?? 0, path.Child("minReadySeconds")));

        // "deployment" is upstream's word here too.
        errors.AddRange(WorkloadTemplateValidation.ValidateRequiredSelector(spec.Selector, "deployment", path.Child("selector")));
        if (WorkloadTemplateValidation.TryConvert(spec.Selector, path.Child("selector"), "invalid label selector", errors, out var selector))
        {
            errors.AddRange(WorkloadTemplateValidation.ValidatePodTemplateSpecForReplicaSet(spec.Template, selector, path.Child("template"), options));
        }

        return errors;
    }
}

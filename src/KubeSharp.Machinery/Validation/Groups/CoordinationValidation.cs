using KubeSharp.Api.Coordination.V1;

namespace KubeSharp.Machinery.Validation.Groups;

/// <summary>Validation of coordination.k8s.io/v1 Leases (upstream's pkg/apis/coordination/validation).</summary>
public static class CoordinationValidation
{
    public static FieldErrorList ValidateLease(Lease lease)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(lease.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        errors.AddRange(ValidateLeaseSpec(lease.Spec, FieldPath.New("spec")));
        return errors;
    }

    public static FieldErrorList ValidateLeaseUpdate(Lease lease, Lease old)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(lease.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ValidateLeaseSpec(lease.Spec, FieldPath.New("spec")));
        return errors;
    }

    public static FieldErrorList ValidateLeaseSpec(LeaseSpec spec, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (spec.LeaseDurationSeconds is <= 0)
        {
            errors.Add(FieldError.Invalid(path.Child("leaseDurationSeconds"), spec.LeaseDurationSeconds.Value, "must be greater than 0"));
        }

        if (spec.LeaseTransitions is < 0)
        {
            errors.Add(FieldError.Invalid(path.Child("leaseTransitions"), spec.LeaseTransitions.Value, "must be greater than or equal to 0"));
        }

        if (spec.Strategy is { } strategy && strategy != CoordinatedLeaseStrategy.OldestEmulationVersion)
        {
            errors.Add(FieldError.NotSupported(path.Child("strategy"), strategy, [CoordinatedLeaseStrategy.OldestEmulationVersion]));
        }

        if (!string.IsNullOrEmpty(spec.PreferredHolder) && string.IsNullOrEmpty(spec.Strategy))
        {
            errors.Add(FieldError.Forbidden(path.Child("preferredHolder"), "may only be specified if `strategy` is defined"));
        }

        return errors;
    }
}

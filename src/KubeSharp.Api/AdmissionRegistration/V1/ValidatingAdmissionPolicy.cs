namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>CEL validations applied to matching requests, enforced through bindings.</summary>
[Kind("admissionregistration.k8s.io", "v1", "ValidatingAdmissionPolicy")]
public sealed class ValidatingAdmissionPolicy : KubeObject
{
    public ValidatingAdmissionPolicySpec Spec { get; set; } = new();

    public ValidatingAdmissionPolicyStatus Status { get; set; } = new();
}

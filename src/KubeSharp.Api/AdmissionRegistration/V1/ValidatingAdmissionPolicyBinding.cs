namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>Binds a ValidatingAdmissionPolicy to parameters and, optionally, narrower match resources.</summary>
[Kind("admissionregistration.k8s.io", "v1", "ValidatingAdmissionPolicyBinding")]
public sealed class ValidatingAdmissionPolicyBinding : KubeObject
{
    public ValidatingAdmissionPolicyBindingSpec Spec { get; set; } = new();
}

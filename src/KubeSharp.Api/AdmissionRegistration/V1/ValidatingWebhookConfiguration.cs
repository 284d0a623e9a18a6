using KubeSharp.Api.Fields;

namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>Admission webhooks that accept or reject objects without changing them.</summary>
[Kind("admissionregistration.k8s.io", "v1", "ValidatingWebhookConfiguration")]
public sealed class ValidatingWebhookConfiguration : KubeObject
{
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<ValidatingWebhook>? Webhooks { get; set; }
}

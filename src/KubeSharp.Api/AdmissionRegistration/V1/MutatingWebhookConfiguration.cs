using KubeSharp.Api.Fields;

namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>Admission webhooks that may change objects, called in order before validation.</summary>
[Kind("admissionregistration.k8s.io", "v1", "MutatingWebhookConfiguration")]
public sealed class MutatingWebhookConfiguration : KubeObject
{
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<MutatingWebhook>? Webhooks { get; set; }
}

using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>An identity for processes in pods, with the secrets they may use.</summary>
[Kind("", "v1", "ServiceAccount")]
public sealed class ServiceAccount : KubeObject
{
    /// <summary>Limits mountable secrets only with the kubernetes.io/enforce-mountable-secrets annotation.</summary>
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<ObjectReference>? Secrets { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<LocalObjectReference>? ImagePullSecrets { get; set; }

    public bool? AutomountServiceAccountToken { get; set; }
}

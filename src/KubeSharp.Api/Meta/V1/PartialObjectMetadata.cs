namespace KubeSharp.Api.Meta.V1;

/// <summary>Any object reduced to its TypeMeta and ObjectMeta (what metadata-only clients and Table rows carry).</summary>
[Kind("meta.k8s.io", "v1", "PartialObjectMetadata")]
public sealed class PartialObjectMetadata : KubeObject;

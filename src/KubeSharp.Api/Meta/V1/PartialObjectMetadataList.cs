namespace KubeSharp.Api.Meta.V1;

/// <summary>A list of <see cref="PartialObjectMetadata"/>.</summary>
[Kind("meta.k8s.io", "v1", "PartialObjectMetadataList")]
public sealed class PartialObjectMetadataList : KubeList<PartialObjectMetadata>;

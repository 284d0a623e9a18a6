using KubeSharp.Api.Scheme;

namespace KubeSharp.Api.Protobuf;

/// <summary>A decoded protobuf body: the kind it named and the typed object.</summary>
public sealed record ProtobufObject(GroupVersionKind Kind, KubeModel Object);

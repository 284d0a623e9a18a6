namespace KubeSharp.Runtime.Oci;

/// <summary>The identity a container's process runs as, resolved against the image's /etc/passwd and /etc/group.</summary>
internal sealed record ContainerUser(uint Uid, uint Gid, IReadOnlyList<uint> AdditionalGids);

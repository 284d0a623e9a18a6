using KubeSharp.Runtime.Cni;
using KubeSharp.Runtime.Images;

namespace KubeSharp.Runtime;

/// <summary>Options of the container runtime, with the defaults a node uses. Validated once by <see cref="ContainerRuntime.StartAsync"/>.</summary>
public sealed record RuntimeOptions
{
    /// <summary>Persistent data: images, snapshots, container and sandbox records, writable layers.</summary>
    public string Root { get; init; } = "/var/lib/kubesharp/runtime";

    /// <summary>Volatile state (a tmpfs on most hosts): runc's state, conmon's exit files and sockets, pinned namespaces, bundles.</summary>
    public string State { get; init; } = "/run/kubesharp/runtime";

    public string RuncPath { get; init; } = "/usr/sbin/runc";

    public string ConmonPath { get; init; } = "/usr/bin/conmon";

    /// <summary>The static pause process for pods that share one PID namespace (podman's approach).</summary>
    public string CatatonitPath { get; init; } = "/usr/bin/catatonit";

    public CniOptions Cni { get; init; } = new();

    public RegistriesConfig Registries { get; init; } = new();

    /// <summary>Cgroup parent for sandboxes created without one (the kubelet always passes one).</summary>
    public string DefaultCgroupParent { get; init; } = "/kubesharp";

    /// <summary>conmon's <c>--log-size-max</c> in bytes; negative leaves rotation to the kubelet (CRI-O's default).</summary>
    public long LogSizeMax { get; init; } = -1;

    /// <summary>Image tarballs (OCI layout or <c>docker save</c>, .tar/.tar.gz/.tar.zst) imported at start, as k3s's agent/images.</summary>
    public string? ImageImportDirectory { get; init; }
}

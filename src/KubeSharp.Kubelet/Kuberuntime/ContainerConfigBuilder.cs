using System.Globalization;
using KubeSharp.Api.Core.V1;
using KubeSharp.Kubelet.Cm;
using KubeSharp.Runtime;
using ApiContainer = KubeSharp.Api.Core.V1.Container;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// The CRI container config, as upstream's generateContainerConfig (kuberuntime_container.go): metadata with the
/// restart count as attempt, the resolved image, command and args expanded against the environment, the log path
/// <c>{name}/{restartCount}.log</c>, labels and annotations that find the container again, mounts, resources and the
/// security context.
/// </summary>
public static class ContainerConfigBuilder
{
    public static ContainerConfig Build(
        Pod pod,
        ApiContainer container,
        bool isInit,
        uint restartCount,
        string imageRef,
        IReadOnlyList<KeyValuePair<string, string>> env,
        IReadOnlyList<Mount> mounts,
        long memoryCapacityBytes)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in env)
        {
            values[key] = value;
        }

        string? Lookup(string name) => values.GetValueOrDefault(name);
        var grace = pod.Spec.TerminationGracePeriodSeconds ?? 30;
        return new ContainerConfig
        {
            Metadata = new ContainerMetadata { Name = container.Name, Attempt = restartCount },
            Image = new ImageSpec { Image = imageRef, UserSpecifiedImage = container.Image ?? "" },
            Command = (container.Command ?? []).Select(c => Expansion.Expand(c, Lookup)).ToList(),
            Args = (container.Args ?? []).Select(a => Expansion.Expand(a, Lookup)).ToList(),
            WorkingDir = container.WorkingDir ?? "",
            Envs = env.Select(e => new KeyValue(e.Key, e.Value)).ToList(),
            Mounts = mounts,
            Labels = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [KubeletLabels.PodName] = pod.Metadata.Name ?? "",
                [KubeletLabels.PodNamespace] = pod.Metadata.Namespace ?? "",
                [KubeletLabels.PodUid] = pod.Metadata.Uid ?? "",
                [KubeletLabels.ContainerName] = container.Name,
                [KubeletLabels.ContainerType] = isInit ? KubeletLabels.ContainerTypeInit : KubeletLabels.ContainerTypeRegular,
                [KubeletLabels.ContainerHash] = ContainerHash.Of(container),
            },
            Annotations = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [KubeletLabels.ContainerRestartCount] = restartCount.ToString(CultureInfo.InvariantCulture),
                [KubeletLabels.TerminationMessagePath] = container.TerminationMessagePath ?? ApiContainer.TerminationMessagePathDefault,
                [KubeletLabels.TerminationMessagePolicy] = container.TerminationMessagePolicy ?? "File",
                [KubeletLabels.PodTerminationGracePeriod] = grace.ToString(CultureInfo.InvariantCulture),
            },
            LogPath = $"{container.Name}/{restartCount}.log",
            Stdin = container.Stdin == true,
            StdinOnce = container.StdinOnce == true,
            Tty = container.TTY == true,
            Linux = new LinuxContainerConfig
            {
                Resources = QosContainerManager.ContainerResources(pod, container, memoryCapacityBytes),
                SecurityContext = SecurityContext(pod, container),
            },
        };
    }

    /// <summary>The container's security context over the pod's (container fields win), as upstream's determineEffectiveSecurityContext.</summary>
    public static LinuxContainerSecurityContext SecurityContext(Pod pod, ApiContainer container)
    {
        var podContext = pod.Spec.SecurityContext;
        var own = container.SecurityContext;
        return new LinuxContainerSecurityContext
        {
            Privileged = own?.Privileged == true,
            RunAsUser = own?.RunAsUser ?? podContext?.RunAsUser,
            RunAsGroup = own?.RunAsGroup ?? podContext?.RunAsGroup,
            ReadonlyRootfs = own?.ReadOnlyRootFilesystem == true,
            SupplementalGroups = [.. podContext?.SupplementalGroups ?? [], .. podContext?.FSGroup is { } fsGroup ? [fsGroup] : Array.Empty<long>()],
            NoNewPrivs = own?.AllowPrivilegeEscalation == false,
            Capabilities = own?.Capabilities is { } capabilities
                ? new Capability { AddCapabilities = Normalize(capabilities.Add), DropCapabilities = Normalize(capabilities.Drop) }
                : null,
            NamespaceOptions = new NamespaceOption
            {
                Network = pod.Spec.HostNetwork == true ? NamespaceMode.Node : NamespaceMode.Pod,
                Pid = pod.Spec.HostPID == true ? NamespaceMode.Node : pod.Spec.ShareProcessNamespace == true ? NamespaceMode.Pod : NamespaceMode.Container,
                Ipc = pod.Spec.HostIPC == true ? NamespaceMode.Node : NamespaceMode.Pod,
            },
        };
    }

    // The API says NET_ADMIN, CRI runtimes take either; pass CAP_-prefixed names as containerd does.
    private static List<string> Normalize(List<string>? names) =>
        (names ?? []).Select(n => n == "ALL" || n.StartsWith("CAP_", StringComparison.Ordinal) ? n : "CAP_" + n).ToList();
}

using KubeSharp.Api.Core.V1;
using KubeSharp.Runtime;
using Container = KubeSharp.Api.Core.V1.Container;
using ContainerStatus = KubeSharp.Runtime.ContainerStatus;
using CriState = KubeSharp.Runtime.ContainerState;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// upstream's computePodActions (pkg/kubelet/kuberuntime/kuberuntime_manager.go) for pods without sidecars: a new
/// sandbox when there is none ready (then init containers from the first, or every app container); otherwise the
/// next init container while initializing; otherwise every app container that is not running and should be
/// restarted, and every running one whose spec changed or that failed liveness is killed and started again.
/// </summary>
public static class PodActionsCalculator
{
    public static PodActions Compute(Pod pod, RuntimePodStatus status, Func<Container, string, bool>? livenessFailed = null)
    {
        var (createSandbox, attempt, sandboxId) = SandboxChanged(pod, status);
        if (createSandbox)
        {
            if (!ShouldRestartOnFailure(pod) && attempt != 0 && status.Containers.Count != 0)
            {
                // A pod that may not restart and already ran keeps its (dead) sandbox: nothing to do, as upstream.
                return new PodActions { KillPod = true };
            }

            List<int> start = [];
            for (var i = 0; i < pod.Spec.Containers.Count; i++)
            {
                if (pod.Spec.RestartPolicy == RestartPolicy.OnFailure && Succeeded(pod.Spec.Containers[i], status))
                {
                    continue;
                }

                start.Add(i);
            }

            if (start.Count == 0 && pod.Spec.RestartPolicy == RestartPolicy.OnFailure && status.Containers.Count > 0)
            {
                // Every container succeeded: the pod is done, no new sandbox.
                return new PodActions { KillPod = true };
            }

            var init = pod.Spec.InitContainers is { Count: > 0 } inits ? inits[0] : null;
            return new PodActions
            {
                KillPod = true,
                CreateSandbox = true,
                Attempt = attempt,
                NextInitContainerToStart = init,
                ContainersToStart = init is null ? start : [],
            };
        }

        var (failedInit, next, done) = FindNextInitContainerToRun(pod, status);
        if (!done)
        {
            if (next is not null)
            {
                if (failedInit is not null && !ShouldRestartOnFailure(pod))
                {
                    return new PodActions { KillPod = true, SandboxId = sandboxId };
                }

                return new PodActions { SandboxId = sandboxId, NextInitContainerToStart = next };
            }

            // An init container is running: wait for it.
            return new PodActions { SandboxId = sandboxId };
        }

        List<int> toStart = [];
        Dictionary<string, (Container, string)> toKill = new(StringComparer.Ordinal);
        var keep = 0;
        for (var i = 0; i < pod.Spec.Containers.Count; i++)
        {
            var container = pod.Spec.Containers[i];
            var latest = status.Latest(container.Name);
            if (latest is null || latest.State != CriState.Running)
            {
                if (ShouldContainerBeRestarted(container, pod, status))
                {
                    toStart.Add(i);
                }

                continue;
            }

            string message;
            if (latest.Labels.TryGetValue(KubeletLabels.ContainerHash, out var hash) && hash != ContainerHash.Of(container))
            {
                message = $"Container {container.Name} definition changed";
            }
            else if (livenessFailed?.Invoke(container, latest.Id) == true)
            {
                message = $"Container {container.Name} failed liveness probe";
            }
            else
            {
                keep++;
                continue;
            }

            if (pod.Spec.RestartPolicy != RestartPolicy.Never)
            {
                toStart.Add(i);
                message += ", will be restarted";
            }

            toKill[latest.Id] = (container, message);
        }

        if (keep == 0 && toStart.Count == 0)
        {
            return new PodActions { KillPod = true, SandboxId = sandboxId, ContainersToKill = toKill };
        }

        return new PodActions { SandboxId = sandboxId, ContainersToStart = toStart, ContainersToKill = toKill };
    }

    /// <summary>upstream's shouldRestartOnFailure: anything but Never.</summary>
    public static bool ShouldRestartOnFailure(Pod pod) => pod.Spec.RestartPolicy != RestartPolicy.Never;

    /// <summary>upstream's ShouldContainerBeRestarted for a container that is not running.</summary>
    public static bool ShouldContainerBeRestarted(Container container, Pod pod, RuntimePodStatus status)
    {
        if (pod.Metadata.DeletionTimestamp is not null)
        {
            return false;
        }

        var latest = status.Latest(container.Name);
        if (latest is null || latest.State is CriState.Created or CriState.Unknown)
        {
            return true;
        }

        if (latest.State == CriState.Running)
        {
            return false;
        }

        return pod.Spec.RestartPolicy switch
        {
            RestartPolicy.Never => false,
            RestartPolicy.OnFailure => latest.ExitCode != 0,
            _ => true,
        };
    }

    /// <summary>
    /// upstream's findNextInitContainerToRun: (the last failed init container's status, the init container to run
    /// next, whether initialization is done).
    /// </summary>
    public static (ContainerStatus? Failed, Container? Next, bool Done) FindNextInitContainerToRun(Pod pod, RuntimePodStatus status)
    {
        var inits = pod.Spec.InitContainers ?? [];
        if (inits.Count == 0)
        {
            return (null, null, true);
        }

        // A running app container means initialization finished at some point.
        foreach (var container in pod.Spec.Containers)
        {
            if (status.Latest(container.Name) is { State: CriState.Running })
            {
                return (null, null, true);
            }
        }

        for (var i = inits.Count - 1; i >= 0; i--)
        {
            if (status.Latest(inits[i].Name) is { } latest && IsInitContainerFailed(latest))
            {
                return (latest, inits[i], false);
            }
        }

        for (var i = inits.Count - 1; i >= 0; i--)
        {
            var latest = status.Latest(inits[i].Name);
            if (latest is null)
            {
                continue;
            }

            if (latest.State == CriState.Running)
            {
                return (null, null, false);
            }

            if (latest.State == CriState.Exited)
            {
                return i == inits.Count - 1 ? (null, null, true) : (null, inits[i + 1], false);
            }
        }

        return (null, inits[0], false);
    }

    private static bool IsInitContainerFailed(ContainerStatus status) =>
        (status.State == CriState.Exited && status.ExitCode != 0) || status.State is CriState.Unknown or CriState.Created;

    private static bool Succeeded(Container container, RuntimePodStatus status) =>
        status.Latest(container.Name) is { State: CriState.Exited, ExitCode: 0 };

    /// <summary>upstream's podSandboxChanged: (create a new sandbox, its attempt, the ready sandbox to keep).</summary>
    private static (bool Create, uint Attempt, string? SandboxId) SandboxChanged(Pod pod, RuntimePodStatus status)
    {
        if (status.Sandboxes.Count == 0)
        {
            return (true, 0, null);
        }

        var newest = status.Sandboxes[0];
        var ready = status.Sandboxes.Count(s => s.State == PodSandboxState.Ready);
        if (ready > 1 || newest.State != PodSandboxState.Ready)
        {
            return (true, newest.Metadata.Attempt + 1, newest.Id);
        }

        var hostNetwork = pod.Spec.HostNetwork == true;
        if (newest.NamespaceOptions is { } namespaces && (namespaces.Network == NamespaceMode.Node) != hostNetwork)
        {
            return (true, newest.Metadata.Attempt + 1, newest.Id);
        }

        if (!hostNetwork && string.IsNullOrEmpty(newest.Network?.Ip))
        {
            return (true, newest.Metadata.Attempt + 1, newest.Id);
        }

        return (false, newest.Metadata.Attempt, newest.Id);
    }
}

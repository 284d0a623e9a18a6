using KubeSharp.Api.Core.V1;
using KubeSharp.Kubelet.Kuberuntime;
using CriState = KubeSharp.Runtime.ContainerState;
using RuntimeContainerStatus = KubeSharp.Runtime.ContainerStatus;

namespace KubeSharp.Kubelet.Status;

/// <summary>
/// A pod's status from what the runtime reports, as upstream's generateAPIPodStatus and getPhase
/// (pkg/kubelet/kubelet_pods.go) and the status manager's condition generators (pkg/kubelet/status/generate.go):
/// phase; PodReadyToStartContainers, Initialized, ContainersReady and Ready with upstream's reasons and messages;
/// host and pod IPs; container statuses with state, lastState, restartCount, ready and started. Conditions the kubelet
/// does not own (PodScheduled, DisruptionTarget, readiness gates) are kept; transition times move only on change.
/// </summary>
public static class PodStatusGenerator
{
    public const string ContainerIdPrefix = Runtime.ContainerRuntime.RuntimeName + "://";

    private static readonly HashSet<string> KubeletConditions =
        [PodConditionType.PodReadyToStartContainers, PodConditionType.Initialized, PodConditionType.ContainersReady, PodConditionType.Ready];

    /// <param name="reasons">Why containers could not start, by name (upstream's reasonCache).</param>
    /// <param name="terminal">The pod's containers were all stopped for good (deleted or finished): the phase is final.</param>
    /// <param name="ready">Whether a running container (by runtime ID) passes its readiness probe; null means no probes.</param>
    public static PodStatus Generate(
        Pod pod,
        RuntimePodStatus runtime,
        IReadOnlyDictionary<string, (string Reason, string Message)> reasons,
        string hostIP,
        bool terminal,
        DateTimeOffset now,
        Func<Container, string, bool>? ready = null)
    {
        var current = pod.Status;
        var restartPolicy = pod.Spec.RestartPolicy ?? RestartPolicy.Always;
        var initialized = PodActionsCalculator.FindNextInitContainerToRun(pod, runtime).Done;
        var initStatuses = (pod.Spec.InitContainers ?? []).Select(c => ContainerStatus(pod, c, runtime, reasons, isInit: true, initialized, ready)).ToList();
        var statuses = pod.Spec.Containers.Select(c => ContainerStatus(pod, c, runtime, reasons, isInit: false, initialized, ready)).ToList();
        var phase = Phase(restartPolicy, initStatuses, statuses, terminal);
        var isTerminal = phase is PodPhase.Succeeded or PodPhase.Failed;

        var podIP = pod.Spec.HostNetwork == true ? hostIP : runtime.IP;
        if (podIP is null && isTerminal)
        {
            // A finished pod keeps the IP it had (upstream keeps the old podIPs once the sandbox is gone).
            podIP = current.PodIP;
        }

        var sandboxReady = runtime.Sandboxes.Count > 0 && runtime.Sandboxes[0].State == Runtime.PodSandboxState.Ready;
        var status = new PodStatus
        {
            Phase = phase,
            HostIP = hostIP,
            HostIPs = [new HostIP { IP = hostIP }],
            PodIP = string.IsNullOrEmpty(podIP) ? null : podIP,
            PodIPs = string.IsNullOrEmpty(podIP) ? null : [new PodIP { IP = podIP }],
            StartTime = current.StartTime ?? now,
            InitContainerStatuses = initStatuses.Count > 0 ? initStatuses : null,
            ContainerStatuses = statuses,
            QOSClass = current.QOSClass,
            NominatedNodeName = current.NominatedNodeName,
            ObservedGeneration = current.ObservedGeneration,
            Resize = current.Resize,
            ResourceClaimStatuses = current.ResourceClaimStatuses,
            Message = current.Message,
            Reason = current.Reason,
        };

        List<PodCondition> conditions = [];
        foreach (var kept in current.Conditions ?? [])
        {
            if (!KubeletConditions.Contains(kept.Type))
            {
                conditions.Add(kept);
            }
        }

        var incompleteInit = initStatuses.Where(s => s.State.Terminated is not { ExitCode: 0 }).Select(s => s.Name).ToList();
        if (initialized)
        {
            incompleteInit.Clear();
        }

        var unready = statuses.Where(s => !s.Ready).Select(s => s.Name).ToList();
        conditions.Add(Condition(current, PodConditionType.PodReadyToStartContainers, sandboxReady && !isTerminal, null, null, now));
        conditions.Add(incompleteInit.Count == 0
            ? Condition(current, PodConditionType.Initialized, true, null, null, now)
            : Condition(current, PodConditionType.Initialized, false, "ContainersNotInitialized", $"containers with incomplete status: [{string.Join(' ', incompleteInit)}]", now));

        var (containersReady, reason, message) = isTerminal && phase == PodPhase.Succeeded
            ? (false, "PodCompleted", (string?)null)
            : incompleteInit.Count > 0
                ? (false, "ContainersNotInitialized", $"containers with incomplete status: [{string.Join(' ', incompleteInit)}]")
                : unready.Count > 0
                    ? (false, "ContainersNotReady", $"containers with unready status: [{string.Join(' ', unready)}]")
                    : (true, null, null);
        conditions.Add(Condition(current, PodConditionType.ContainersReady, containersReady, reason, message, now));

        var (podReady, readyReason, readyMessage) = (containersReady, reason, message);
        if (podReady)
        {
            foreach (var gate in pod.Spec.ReadinessGates ?? [])
            {
                var condition = conditions.Find(c => c.Type == gate.ConditionType);
                if (condition is null || condition.Status != "True")
                {
                    (podReady, readyReason) = (false, "ReadinessGatesNotReady");
                    readyMessage = condition is null
                        ? $"corresponding condition of pod readiness gate \"{gate.ConditionType}\" does not exist."
                        : $"the status of pod readiness gate \"{gate.ConditionType}\" is not \"True\", but {condition.Status}";
                    break;
                }
            }
        }

        conditions.Add(Condition(current, PodConditionType.Ready, podReady, readyReason, readyMessage, now));
        status.Conditions = conditions;
        return status;
    }

    /// <summary>upstream's getPhase for pods without sidecars.</summary>
    public static string Phase(string restartPolicy, IReadOnlyList<ContainerStatus> init, IReadOnlyList<ContainerStatus> containers, bool terminal)
    {
        var initialized = containers.Any(c => c.State.Running is not null || c.State.Terminated is not null || c.LastTerminationState.Terminated is not null);
        if (!initialized)
        {
            foreach (var status in init)
            {
                if (status.State.Terminated is { ExitCode: not 0 } && restartPolicy == RestartPolicy.Never)
                {
                    return PodPhase.Failed;
                }

                if (status.State.Terminated is not { ExitCode: 0 })
                {
                    return terminal ? PodPhase.Failed : PodPhase.Pending;
                }
            }
        }

        int running = 0, waiting = 0, stopped = 0, succeeded = 0;
        foreach (var status in containers)
        {
            if (status.State.Running is not null)
            {
                running++;
            }
            else if (status.State.Terminated is { } terminated)
            {
                stopped++;
                succeeded += terminated.ExitCode == 0 ? 1 : 0;
            }
            else if (status.LastTerminationState.Terminated is not null)
            {
                // Waiting to restart after it ended: counts as stopped (and as failed once the pod is over).
                stopped++;
            }
            else
            {
                waiting++;
            }
        }

        if (terminal)
        {
            return succeeded == containers.Count ? PodPhase.Succeeded : PodPhase.Failed;
        }

        if (waiting > 0)
        {
            return PodPhase.Pending;
        }

        if (running > 0)
        {
            return PodPhase.Running;
        }

        if (stopped > 0)
        {
            return restartPolicy switch
            {
                RestartPolicy.Always => PodPhase.Running,
                _ when stopped == succeeded => PodPhase.Succeeded,
                RestartPolicy.Never => PodPhase.Failed,
                _ => PodPhase.Running,
            };
        }

        return PodPhase.Pending;
    }

    private static ContainerStatus ContainerStatus(
        Pod pod,
        Container spec,
        RuntimePodStatus runtime,
        IReadOnlyDictionary<string, (string Reason, string Message)> reasons,
        bool isInit,
        bool initialized,
        Func<Container, string, bool>? ready)
    {
        var latest = runtime.Latest(spec.Name);
        var status = new ContainerStatus
        {
            Name = spec.Name,
            Image = spec.Image ?? "",
            ImageID = latest?.ImageRef ?? "",
            ContainerID = latest is null ? null : ContainerIdPrefix + latest.Id,
            RestartCount = (int)(latest?.Metadata.Attempt ?? 0),
            Started = false,
        };

        if (runtime.Previous(spec.Name) is { State: CriState.Exited } previous)
        {
            status.LastTerminationState = new ContainerState { Terminated = Terminated(previous) };
        }

        reasons.TryGetValue(spec.Name, out var cached);
        switch (latest?.State)
        {
            case CriState.Running:
                status.State = new ContainerState { Running = new ContainerStateRunning { StartedAt = latest.StartedAt } };
                status.Started = true;
                status.Ready = !isInit && (ready?.Invoke(spec, latest.Id) ?? true);
                break;
            case CriState.Exited when cached.Reason is { Length: > 0 }:
                // Waiting to be restarted (back-off, or the new instance could not be created): its end is lastState.
                status.State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = cached.Reason, Message = cached.Message } };
                status.LastTerminationState = new ContainerState { Terminated = Terminated(latest) };
                break;
            case CriState.Exited:
                status.State = new ContainerState { Terminated = Terminated(latest) };
                break;
            default:
                var reason = cached.Reason is { Length: > 0 } ? cached.Reason : !isInit && !initialized ? "PodInitializing" : "ContainerCreating";
                if (isInit && cached.Reason is not { Length: > 0 })
                {
                    reason = "PodInitializing";
                }

                status.State = new ContainerState
                {
                    Waiting = new ContainerStateWaiting { Reason = reason, Message = cached.Reason is { Length: > 0 } ? cached.Message : null },
                };
                break;
        }

        return status;
    }

    public static ContainerStateTerminated Terminated(RuntimeContainerStatus runtime)
    {
        // The message is the runtime's, then what the container wrote to its terminationMessagePath
        // (upstream's convertToKubeContainerStatus).
        var message = runtime.Message;
        if (TerminationMessage(runtime) is { Length: > 0 } written)
        {
            message = message.Length > 0 ? message + ": " + written : written;
        }

        return new ContainerStateTerminated
        {
            ExitCode = runtime.ExitCode,
            Reason = string.IsNullOrEmpty(runtime.Reason) ? null : runtime.Reason,
            Message = string.IsNullOrEmpty(message) ? null : message,
            StartedAt = runtime.StartedAt,
            FinishedAt = runtime.FinishedAt,
            ContainerID = ContainerIdPrefix + runtime.Id,
        };
    }

    /// <summary>At most 4096 bytes (upstream's MaxContainerTerminationMessageLength) of the termination message file.</summary>
    public static string? TerminationMessage(RuntimeContainerStatus runtime)
    {
        if (!runtime.Annotations.TryGetValue(KubeletLabels.TerminationMessagePath, out var path) || path.Length == 0)
        {
            return null;
        }

        foreach (var mount in runtime.Mounts)
        {
            if (mount.ContainerPath != path)
            {
                continue;
            }

            try
            {
                using var file = File.OpenRead(mount.HostPath);
                var buffer = new byte[4096];
                var read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }

    private static PodCondition Condition(PodStatus current, string type, bool value, string? reason, string? message, DateTimeOffset now)
    {
        var status = value ? "True" : "False";
        var previous = current.Conditions?.Find(c => c.Type == type);
        return new PodCondition
        {
            Type = type,
            Status = status,
            Reason = reason,
            Message = message,
            LastProbeTime = null,
            LastTransitionTime = previous is not null && previous.Status == status && previous.LastTransitionTime is { } since ? since : now,
        };
    }
}

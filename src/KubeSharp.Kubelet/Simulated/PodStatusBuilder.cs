using KubeSharp.Api.Core.V1;
using CriState = KubeSharp.Runtime.ContainerState;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>
/// Computes a pod's status from what the runtime reports, as upstream's kubelet does in generateAPIPodStatus and
/// getPhase (pkg/kubelet/kubelet_pods.go) and the status manager's condition generators
/// (pkg/kubelet/status/generate.go): phase, the PodReadyToStartContainers, Initialized, ContainersReady and Ready
/// conditions with upstream's reasons and messages, IPs and container statuses. Conditions the kubelet does not own
/// (PodScheduled, DisruptionTarget, readiness gates) are kept; a condition's transition time only moves when its
/// status changes.
/// </summary>
internal static class PodStatusBuilder
{
    public const string ContainerIdPrefix = SimulatedRuntime.RuntimeName + "://";

    private static readonly HashSet<string> KubeletConditions =
        [PodConditionType.PodReadyToStartContainers, PodConditionType.Initialized, PodConditionType.ContainersReady, PodConditionType.Ready];

    /// <param name="terminating">The pod is being deleted and its containers were stopped: its phase is terminal.</param>
    public static PodStatus Build(
        Pod pod,
        SimulatedNode node,
        string? sandboxIP,
        bool sandboxReady,
        IReadOnlyList<ContainerView> initContainers,
        IReadOnlyList<ContainerView> containers,
        bool notReady,
        bool terminating,
        DateTimeOffset startTime,
        DateTimeOffset now)
    {
        var current = pod.Status;
        var initStatuses = initContainers.Select(c => ContainerStatus(c, ready: false, pod)).ToList();
        var statuses = containers.Select(c => ContainerStatus(c, ready: !notReady, pod)).ToList();
        var phase = Phase(pod.Spec.RestartPolicy ?? RestartPolicy.Always, initStatuses, statuses, terminating);
        var terminal = phase is PodPhase.Succeeded or PodPhase.Failed;

        var hostNetwork = pod.Spec.HostNetwork == true;
        var podIP = hostNetwork ? node.InternalIP : sandboxIP;
        var status = new PodStatus
        {
            Phase = phase,
            HostIP = node.InternalIP,
            HostIPs = [new HostIP { IP = node.InternalIP }],
            PodIP = string.IsNullOrEmpty(podIP) ? null : podIP,
            PodIPs = string.IsNullOrEmpty(podIP) ? null : [new PodIP { IP = podIP }],
            StartTime = current.StartTime ?? startTime,
            InitContainerStatuses = initStatuses.Count > 0 ? initStatuses : null,
            ContainerStatuses = statuses,
            QOSClass = current.QOSClass,
            NominatedNodeName = current.NominatedNodeName,
            ObservedGeneration = current.ObservedGeneration,
            Resize = current.Resize,
            ResourceClaimStatuses = current.ResourceClaimStatuses,
        };

        // Initialized: every init container exited 0.
        var incompleteInit = initStatuses.Where(s => s.State.Terminated is not { ExitCode: 0 }).Select(s => s.Name).ToList();
        var unready = statuses.Where(s => !s.Ready).Select(s => s.Name).ToList();
        List<PodCondition> conditions = [];
        foreach (var kept in current.Conditions ?? [])
        {
            if (!KubeletConditions.Contains(kept.Type))
            {
                conditions.Add(kept);
            }
        }

        conditions.Add(Condition(current, PodConditionType.PodReadyToStartContainers, sandboxReady && !terminal, null, null, now));
        conditions.Add(incompleteInit.Count == 0
            ? Condition(current, PodConditionType.Initialized, true, terminal && initStatuses.Count > 0 ? "PodCompleted" : null, null, now)
            : Condition(current, PodConditionType.Initialized, false, "ContainersNotInitialized", $"containers with incomplete status: [{string.Join(' ', incompleteInit)}]", now));

        var (containersReady, reason, message) = terminal
            ? (false, "PodCompleted", (string?)null)
            : incompleteInit.Count > 0
                ? (false, "ContainersNotInitialized", $"containers with incomplete status: [{string.Join(' ', incompleteInit)}]")
                : unready.Count > 0
                    ? (false, "ContainersNotReady", $"containers with unready status: [{string.Join(' ', unready)}]")
                    : (true, null, null);
        conditions.Add(Condition(current, PodConditionType.ContainersReady, containersReady, reason, message, now));

        var (ready, readyReason, readyMessage) = (containersReady, reason, message);
        if (ready)
        {
            foreach (var gate in pod.Spec.ReadinessGates ?? [])
            {
                var condition = conditions.Find(c => c.Type == gate.ConditionType);
                if (condition is null || condition.Status != "True")
                {
                    (ready, readyReason) = (false, "ReadinessGatesNotReady");
                    readyMessage = condition is null
                        ? $"corresponding condition of pod readiness gate \"{gate.ConditionType}\" does not exist."
                        : $"the status of pod readiness gate \"{gate.ConditionType}\" is not \"True\", but {condition.Status}";
                    break;
                }
            }
        }

        conditions.Add(Condition(current, PodConditionType.Ready, ready, readyReason, readyMessage, now));
        status.Conditions = conditions;
        return status;
    }

    /// <summary>Upstream's getPhase for a pod without sidecars.</summary>
    public static string Phase(string restartPolicy, IReadOnlyList<ContainerStatus> init, IReadOnlyList<ContainerStatus> containers, bool terminating)
    {
        foreach (var status in init)
        {
            if (status.State.Terminated is { ExitCode: not 0 } && (restartPolicy == RestartPolicy.Never || terminating))
            {
                return PodPhase.Failed;
            }

            if (status.State.Terminated is not { ExitCode: 0 })
            {
                return terminating ? PodPhase.Failed : PodPhase.Pending;
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
                // Waiting to restart after a crash counts as stopped.
                stopped++;
            }
            else
            {
                waiting++;
            }
        }

        if (terminating)
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

    private static ContainerStatus ContainerStatus(ContainerView view, bool ready, Pod pod)
    {
        var (spec, record, runtime) = view;
        var status = new ContainerStatus
        {
            Name = spec.Name,
            Image = spec.Image ?? "",
            ImageID = runtime?.ImageRef ?? "",
            ContainerID = runtime is null ? null : ContainerIdPrefix + runtime.Id,
            RestartCount = (int)record.Attempt,
            Started = false,
        };
        if (record.LastTermination is { } last)
        {
            status.LastTerminationState = new ContainerState { Terminated = last };
        }

        switch (runtime?.State)
        {
            case CriState.Running:
                status.State = new ContainerState { Running = new ContainerStateRunning { StartedAt = runtime.StartedAt } };
                status.Ready = ready;
                status.Started = true;
                break;
            case CriState.Exited when record.BackOffUntil is not null:
                status.State = new ContainerState
                {
                    Waiting = new ContainerStateWaiting
                    {
                        Reason = "CrashLoopBackOff",
                        Message = $"back-off restarting failed container={spec.Name} pod={pod.Metadata.Name}_{pod.Metadata.Namespace}({pod.Metadata.Uid})",
                    },
                };
                status.LastTerminationState = new ContainerState { Terminated = Terminated(runtime) };
                break;
            case CriState.Exited:
                status.State = new ContainerState { Terminated = Terminated(runtime) };
                break;
            default:
                status.State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = "ContainerCreating" } };
                break;
        }

        return status;
    }

    public static ContainerStateTerminated Terminated(Runtime.ContainerStatus runtime) => new()
    {
        ExitCode = runtime.ExitCode,
        Reason = string.IsNullOrEmpty(runtime.Reason) ? null : runtime.Reason,
        StartedAt = runtime.StartedAt,
        FinishedAt = runtime.FinishedAt,
        ContainerID = ContainerIdPrefix + runtime.Id,
    };

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

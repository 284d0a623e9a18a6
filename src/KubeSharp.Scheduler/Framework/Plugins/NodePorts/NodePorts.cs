using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.NodePorts;

/// <summary>Rejects nodes where a requested host port is taken (upstream's nodeports plugin).</summary>
public sealed class NodePorts : IPreFilterPlugin, IFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = PluginNames.NodePorts;

    /// <summary>Upstream's ErrReason.</summary>
    public const string ErrReason = "node(s) didn't have free ports for the requested pod ports";

    private const string PreFilterStateKey = "PreFilter" + PluginName;

    public string Name => PluginName;

    public IPreFilterExtensions? PreFilterExtensions => null;

    /// <summary>The host ports of the app containers and of restartable (sidecar) init containers.</summary>
    public static List<ContainerPort> GetContainerPorts(Pod pod)
    {
        var ports = new List<ContainerPort>();
        Collect(pod.Spec.Containers, ports, sidecarsOnly: false);
        Collect(pod.Spec.InitContainers, ports, sidecarsOnly: true);
        return ports;
    }

    /// <summary>Upstream's fitsPorts: none of the wanted ports conflicts with the node's used ports.</summary>
    public static bool Fits(IReadOnlyList<ContainerPort> wantPorts, NodeInfo nodeInfo)
    {
        foreach (var port in wantPorts)
        {
            if (nodeInfo.UsedPorts.CheckConflict(port.HostIP, port.Protocol, port.HostPort ?? 0))
            {
                return false;
            }
        }

        return true;
    }

    public (PreFilterResult? Result, Status? Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var ports = GetContainerPorts(pod);
        if (ports.Count == 0)
        {
            return (null, new Status(Code.Skip));
        }

        state.Write(PreFilterStateKey, new PreFilterState(ports));
        return (null, null);
    }

    public Status? Filter(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        var ports = state.TryRead<PreFilterState>(PreFilterStateKey, out var s) ? s.Ports : GetContainerPorts(pod);
        return Fits(ports, nodeInfo) ? null : new Status(Code.Unschedulable, ErrReason);
    }

    public IReadOnlyList<ClusterEventWithHint> EventsToRegister() =>
    [
        new ClusterEventWithHint(new ClusterEvent(EventResource.AssignedPod, ActionType.Delete, "AssignedPodDelete"), IsSchedulableAfterPodDeleted),
        new ClusterEventWithHint(new ClusterEvent(EventResource.Node, ActionType.Add, "NodeAdd")),
    ];

    /// <summary>Upstream's hint: only a deleted pod that used one of the wanted host ports frees room.</summary>
    private static QueueingHint IsSchedulableAfterPodDeleted(Pod pod, object? oldObject, object? newObject)
    {
        if (oldObject is not Pod deleted)
        {
            return QueueingHint.Queue;
        }

        var used = new HostPortInfo();
        foreach (var port in GetContainerPorts(deleted))
        {
            used.Add(port.HostIP, port.Protocol, port.HostPort ?? 0);
        }

        foreach (var port in GetContainerPorts(pod))
        {
            if (used.CheckConflict(port.HostIP, port.Protocol, port.HostPort ?? 0))
            {
                return QueueingHint.Queue;
            }
        }

        return QueueingHint.QueueSkip;
    }

    private static void Collect(List<Container>? containers, List<ContainerPort> ports, bool sidecarsOnly)
    {
        if (containers is null)
        {
            return;
        }

        foreach (var container in containers)
        {
            if (sidecarsOnly && container.RestartPolicy != ContainerRestartPolicy.Always)
            {
                continue;
            }

            foreach (var port in container.Ports ?? [])
            {
                if (port.HostPort is > 0)
                {
                    ports.Add(port);
                }
            }
        }
    }

    private sealed class PreFilterState(List<ContainerPort> ports) : IStateData
    {
        public List<ContainerPort> Ports { get; } = ports;

        public IStateData Clone() => this;
    }
}

using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>
/// The Node object and status a simulated node registers and reports, shaped as upstream's kubelet builds them
/// (pkg/kubelet/kubelet_node_status.go and nodestatus/setters.go): well-known labels, capacity and allocatable,
/// the four conditions with the kubelet's reasons and messages, addresses, daemon endpoints and node info.
/// </summary>
internal static class NodeBuilder
{
    /// <summary>kwok's marker: node selectors and tolerations written for kwok nodes match these too.</summary>
    public const string TypeLabel = "type";

    public const string TypeLabelValue = "kwok";

    public const string KwokNodeAnnotation = "kwok.x-k8s.io/node";

    public const string SimulatedLabel = "node.kubesharp.io/simulated";

    public const string ZoneLabel = "topology.kubernetes.io/zone";

    public static Node Build(SimulatedNodeOptions options, SimulatedNode node, DateTimeOffset now)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["beta.kubernetes.io/arch"] = "amd64",
            ["beta.kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = "amd64",
            ["kubernetes.io/hostname"] = node.Name,
            ["kubernetes.io/os"] = "linux",
            [TypeLabel] = TypeLabelValue,
            [SimulatedLabel] = "true",
        };
        if (options.Zones.Count > 0)
        {
            labels[ZoneLabel] = options.Zones[node.Index % options.Zones.Count];
        }

        foreach (var (key, value) in options.Labels)
        {
            labels[key] = value;
        }

        var cidr = node.PodCidr.ToString();
        return new Node
        {
            ApiVersion = "v1",
            Kind = "Node",
            Metadata = new ObjectMeta
            {
                Name = node.Name,
                Labels = labels,
                Annotations = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [KwokNodeAnnotation] = "fake",
                    ["node.alpha.kubernetes.io/ttl"] = "0",
                    ["volumes.kubernetes.io/controller-managed-attach-detach"] = "true",
                },
            },
            Spec = new NodeSpec { PodCIDR = cidr, PodCIDRs = [cidr] },
            Status = Status(options, node, now, null),
        };
    }

    /// <summary>
    /// The status to report at <paramref name="now"/>: every condition's heartbeat is now, and its transition time
    /// is carried over from <paramref name="current"/> when the condition's status did not change.
    /// </summary>
    public static NodeStatus Status(SimulatedNodeOptions options, SimulatedNode node, DateTimeOffset now, NodeStatus? current)
    {
        var capacity = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var (name, value) in options.Capacity)
        {
            capacity[name] = Quantity.Parse(value);
        }

        return new NodeStatus
        {
            Capacity = capacity,
            Allocatable = new Dictionary<string, Quantity>(capacity, StringComparer.Ordinal),
            Conditions =
            [
                Condition(NodeConditionType.MemoryPressure, "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", now, current),
                Condition(NodeConditionType.DiskPressure, "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", now, current),
                Condition(NodeConditionType.PIDPressure, "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", now, current),
                Condition(NodeConditionType.Ready, "True", "KubeletReady", "kubelet is posting ready status", now, current),
            ],
            Addresses =
            [
                new NodeAddress { Type = "InternalIP", Address = node.InternalIP },
                new NodeAddress { Type = "Hostname", Address = node.Name },
            ],
            DaemonEndpoints = new NodeDaemonEndpoints { KubeletEndpoint = new DaemonEndpoint { Port = 10250 } },
            NodeInfo = new NodeSystemInfo
            {
                MachineID = node.Name,
                SystemUUID = node.Name,
                BootID = node.Name,
                KernelVersion = Environment.OSVersion.Version.ToString(),
                OSImage = "KubeSharp simulated node",
                ContainerRuntimeVersion = SimulatedRuntime.RuntimeName + "://" + SimulatedRuntime.RuntimeVersion,
                KubeletVersion = BuildInfo.KubernetesGitVersion,
                KubeProxyVersion = BuildInfo.KubernetesGitVersion,
                OperatingSystem = "linux",
                Architecture = "amd64",
            },
        };
    }

    /// <summary>
    /// Whether <paramref name="reported"/> says what <paramref name="desired"/> says, heartbeat and transition times
    /// aside (upstream's nodeStatusHasChanged): if not, the kubelet writes at once instead of waiting for the
    /// report frequency, which is how a node the node controller marked Unknown becomes Ready again.
    /// </summary>
    public static bool SameStatus(NodeStatus reported, NodeStatus desired)
    {
        if (!SameConditions(reported.Conditions, desired.Conditions)
            || !SameQuantities(reported.Capacity, desired.Capacity)
            || !SameQuantities(reported.Allocatable, desired.Allocatable)
            || reported.DaemonEndpoints.KubeletEndpoint.Port != desired.DaemonEndpoints.KubeletEndpoint.Port
            || reported.NodeInfo.KubeletVersion != desired.NodeInfo.KubeletVersion
            || reported.NodeInfo.ContainerRuntimeVersion != desired.NodeInfo.ContainerRuntimeVersion)
        {
            return false;
        }

        var left = reported.Addresses ?? [];
        var right = desired.Addresses ?? [];
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (left[i].Type != right[i].Type || left[i].Address != right[i].Address)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameConditions(List<NodeCondition>? reported, List<NodeCondition>? desired)
    {
        if ((reported?.Count ?? 0) != (desired?.Count ?? 0))
        {
            return false;
        }

        foreach (var want in desired ?? [])
        {
            var have = reported!.Find(c => c.Type == want.Type);
            if (have is null || have.Status != want.Status || have.Reason != want.Reason || have.Message != want.Message)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameQuantities(Dictionary<string, Quantity>? reported, Dictionary<string, Quantity>? desired)
    {
        if ((reported?.Count ?? 0) != (desired?.Count ?? 0))
        {
            return false;
        }

        foreach (var (name, value) in desired ?? [])
        {
            if (reported is null || !reported.TryGetValue(name, out var have) || have.CompareTo(value) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static NodeCondition Condition(string type, string status, string reason, string message, DateTimeOffset now, NodeStatus? current)
    {
        var previous = current?.Conditions?.Find(c => c.Type == type);
        return new NodeCondition
        {
            Type = type,
            Status = status,
            Reason = reason,
            Message = message,
            LastHeartbeatTime = now,
            LastTransitionTime = previous is not null && previous.Status == status && previous.LastTransitionTime is { } since ? since : now,
        };
    }
}

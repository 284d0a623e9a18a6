using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Kubelet.Nodestatus;

/// <summary>
/// The Node the kubelet registers and the status it reports, as upstream's pkg/kubelet/kubelet_node_status.go
/// (initialNode) and pkg/kubelet/nodestatus/setters.go build them: well-known labels; capacity from the machine
/// (cpu, memory, ephemeral-storage, hugepages, pods = maxPods); allocatable = capacity − the hard eviction
/// thresholds − hugepages (from memory); InternalIP and Hostname addresses; node info; images; the pressure
/// conditions and Ready with the kubelet's reasons and messages.
/// </summary>
public static class NodeStatusBuilder
{
    /// <summary>upstream's nodeStatusMaxImages: the node reports its 50 largest images.</summary>
    public const int MaxImages = 50;

    /// <summary>The kubelet's port (upstream's 10250), served by the kubelet server.</summary>
    public const int KubeletPort = 10250;

    public static Node Build(KubeletOptions options, NodeStatusInputs inputs)
    {
        return new Node
        {
            ApiVersion = "v1",
            Kind = "Node",
            Metadata = new ObjectMeta
            {
                Name = options.NodeName,
                Labels = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["beta.kubernetes.io/arch"] = inputs.Machine.Architecture,
                    ["beta.kubernetes.io/os"] = "linux",
                    ["kubernetes.io/arch"] = inputs.Machine.Architecture,
                    ["kubernetes.io/hostname"] = options.NodeName,
                    ["kubernetes.io/os"] = "linux",
                },
                Annotations = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["node.alpha.kubernetes.io/ttl"] = "0",
                    ["volumes.kubernetes.io/controller-managed-attach-detach"] = "true",
                },
            },
            Spec = new NodeSpec { PodCIDR = options.PodCidr, PodCIDRs = [options.PodCidr] },
            Status = Status(options, inputs, null),
        };
    }

    /// <summary>
    /// The status to report at <see cref="NodeStatusInputs.Now"/>: every condition's heartbeat is now, its transition
    /// time is carried over from <paramref name="current"/> while its status stays the same.
    /// </summary>
    public static NodeStatus Status(KubeletOptions options, NodeStatusInputs inputs, NodeStatus? current)
    {
        var capacity = Capacity(options, inputs.Machine);
        var now = inputs.Now;
        var (ready, readyReason, readyMessage) = inputs.RuntimeErrors.Count == 0
            ? ("True", "KubeletReady", "kubelet is posting ready status")
            : ("False", "KubeletNotReady", string.Join(", ", inputs.RuntimeErrors));
        return new NodeStatus
        {
            Capacity = capacity,
            Allocatable = Allocatable(options, capacity),
            Conditions =
            [
                Condition(NodeConditionType.MemoryPressure, "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", now, current),
                Condition(NodeConditionType.DiskPressure, "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", now, current),
                Condition(NodeConditionType.PIDPressure, "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", now, current),
                Condition(NodeConditionType.Ready, ready, readyReason, readyMessage, now, current),
            ],
            Addresses =
            [
                new NodeAddress { Type = "InternalIP", Address = inputs.NodeIP },
                new NodeAddress { Type = "Hostname", Address = options.NodeName },
            ],
            DaemonEndpoints = new NodeDaemonEndpoints { KubeletEndpoint = new DaemonEndpoint { Port = KubeletPort } },
            NodeInfo = new NodeSystemInfo
            {
                MachineID = inputs.Machine.MachineID,
                SystemUUID = inputs.Machine.SystemUUID,
                BootID = inputs.Machine.BootID,
                KernelVersion = inputs.Machine.KernelVersion,
                OSImage = inputs.Machine.OSImage,
                ContainerRuntimeVersion = inputs.RuntimeVersion,
                KubeletVersion = BuildInfo.KubernetesGitVersion,
                KubeProxyVersion = BuildInfo.KubernetesGitVersion,
                OperatingSystem = "linux",
                Architecture = inputs.Machine.Architecture,
            },
            Images = Images(inputs.Images),
        };
    }

    /// <summary>Capacity as upstream's MachineInfo setter: cores as millicores, bytes as binary-SI quantities.</summary>
    public static Dictionary<string, Quantity> Capacity(KubeletOptions options, MachineInfo machine)
    {
        var capacity = new Dictionary<string, Quantity>(StringComparer.Ordinal)
        {
            ["cpu"] = Quantity.FromMilli(machine.NumCores * 1000L),
            ["memory"] = Quantity.FromInt64(machine.MemoryCapacityBytes, QuantityFormat.BinarySI),
            ["ephemeral-storage"] = Quantity.FromInt64(machine.FilesystemCapacityBytes, QuantityFormat.BinarySI),
            ["pods"] = Quantity.FromInt64(options.MaxPods),
        };
        foreach (var (pageSize, pages) in machine.HugePages)
        {
            capacity["hugepages-" + Quantity.FromInt64(pageSize, QuantityFormat.BinarySI)] = Quantity.FromInt64(pageSize * pages, QuantityFormat.BinarySI);
        }

        return capacity;
    }

    /// <summary>
    /// capacity − reserved (none configured) − hard eviction thresholds, floored at zero (upstream's
    /// GetNodeAllocatableAbsolute); every hugepage pool is also taken out of memory, as the Allocatable setter does.
    /// </summary>
    public static Dictionary<string, Quantity> Allocatable(KubeletOptions options, IReadOnlyDictionary<string, Quantity> capacity)
    {
        var allocatable = new Dictionary<string, Quantity>(capacity, StringComparer.Ordinal);
        if (allocatable.TryGetValue("memory", out var memory))
        {
            memory -= Quantity.Parse(options.EvictionHardMemoryAvailable);
            foreach (var (name, value) in capacity)
            {
                if (name.StartsWith("hugepages-", StringComparison.Ordinal))
                {
                    memory -= value;
                }
            }

            allocatable["memory"] = Floor(memory).WithFormat(QuantityFormat.BinarySI);
        }

        if (allocatable.TryGetValue("ephemeral-storage", out var storage))
        {
            // A percentage threshold is of capacity, rounded down to whole bytes (upstream's GetThresholdQuantity).
            var bytes = storage.Value() / 100 * options.EvictionHardNodefsAvailablePercent;
            allocatable["ephemeral-storage"] = Floor(storage - Quantity.FromInt64(bytes)).WithFormat(QuantityFormat.BinarySI);
        }

        return allocatable;
    }

    /// <summary>Whether two statuses say the same, heartbeats aside (upstream's nodeStatusHasChanged plus what we report).</summary>
    public static bool SameStatus(NodeStatus reported, NodeStatus desired)
    {
        return Api.Serialization.KubeJson.Serialize(WithoutHeartbeats(reported)) == Api.Serialization.KubeJson.Serialize(WithoutHeartbeats(desired));
    }

    private static NodeStatus WithoutHeartbeats(NodeStatus status)
    {
        var copy = Api.Serialization.KubeJson.Deserialize<NodeStatus>(Api.Serialization.KubeJson.Serialize(status))!;
        foreach (var condition in copy.Conditions ?? [])
        {
            condition.LastHeartbeatTime = null;
            condition.LastTransitionTime = null;
        }

        return copy;
    }

    private static Quantity Floor(Quantity value) => value.Sign < 0 ? Quantity.Zero : value;

    private static List<ContainerImage>? Images(IReadOnlyList<Runtime.Image> images)
    {
        if (images.Count == 0)
        {
            return null;
        }

        var sorted = images.OrderByDescending(i => i.Size).Take(MaxImages);
        List<ContainerImage> result = [];
        foreach (var image in sorted)
        {
            // upstream lists digests first, then tags.
            List<string> names = [.. image.RepoDigests, .. image.RepoTags];
            if (names.Count == 0)
            {
                continue;
            }

            result.Add(new ContainerImage { Names = names, SizeBytes = (long)image.Size });
        }

        return result;
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

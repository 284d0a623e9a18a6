using System.Globalization;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Registry.Generic;
using static KubeSharp.ApiServer.Endpoints.Tables.JsonCells;
using static KubeSharp.ApiServer.Endpoints.Tables.PrinterColumns;

namespace KubeSharp.ApiServer.Endpoints.Tables.Printers;

/// <summary>core/v1 printers other than pods, with upstream's columns (pkg/printers/internalversion).</summary>
public static class CorePrinters
{
    public static readonly ITableConvertor Namespaces = new ColumnTableConvertor(
    [
        Name,
        Column("Status", "string", "The status of the namespace", (n, _) => Str(n, "status", "phase")),
        Age,
    ]);

    public static readonly ITableConvertor ConfigMaps = new ColumnTableConvertor(
    [
        Name,
        Column("Data", "string", "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.", (c, _) => (long)(Count(c, "data") + Count(c, "binaryData"))),
        Age,
    ]);

    public static readonly ITableConvertor Secrets = new ColumnTableConvertor(
    [
        Name,
        Column("Type", "string", "The type of the secret", (s, _) => Str(s, "type")),
        Column("Data", "string", "The number of entries in the secret", (s, _) => (long)Count(s, "data")),
        Age,
    ]);

    public static readonly ITableConvertor ServiceAccounts = new ColumnTableConvertor(
    [
        Name,
        Column("Secrets", "string", "Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use.", (s, _) => (long)Count(s, "secrets")),
        Age,
    ]);

    public static readonly ITableConvertor Services = new ColumnTableConvertor(
    [
        Name,
        Column("Type", "string", "The type of the service", (s, _) => ServiceType(s)),
        Column("Cluster-IP", "string", "The IP address of the service", (s, _) => Str(s, "spec", "clusterIP") is { Length: > 0 } ip ? ip : "<none>"),
        Column("External-IP", "string", "The external IP address of the service", (s, _) => ExternalIP(s)),
        Column("Port(s)", "string", "The ports of the service", (s, _) => Ports(s)),
        Age,
        Column("Selector", "string", "Route service traffic to pods with label keys and values matching this selector.", (s, _) => FormatLabels(At(s, "spec", "selector")), 1),
    ]);

    public static readonly ITableConvertor Endpoints = new ColumnTableConvertor(
    [
        Name,
        Column("Endpoints", "string", "Endpoints of the service", (e, _) => FormatEndpoints(e)),
        Age,
    ]);

    public static readonly ITableConvertor ReplicationControllers = new ColumnTableConvertor(
    [
        Name,
        Column("Desired", "integer", "Replicas is the number of desired replicas.", (r, _) => Int(r, "spec", "replicas")),
        Column("Current", "integer", "Replicas is the most recently observed number of replicas.", (r, _) => Int(r, "status", "replicas")),
        Column("Ready", "integer", "The number of ready replicas for this replication controller.", (r, _) => Int(r, "status", "readyReplicas")),
        Age,
        .. TemplateContainers("spec", "template", "spec"),
        Column("Selector", "string", "Selector is a label query over pods that should match the Replicas count.", (r, _) => FormatLabels(At(r, "spec", "selector")), 1),
    ]);

    public static readonly ITableConvertor Nodes = new ColumnTableConvertor(
    [
        Name,
        Column("Status", "string", "The status of the node", (n, _) => NodeStatus(n)),
        Column("Roles", "string", "The roles of the node", (n, _) => NodeRoles(n)),
        Age,
        Column("Version", "string", "Kubelet Version reported by the node.", (n, _) => Str(n, "status", "nodeInfo", "kubeletVersion")),
        Column("Internal-IP", "string", "List of addresses reachable to the node. Queried from cloud provider, if available.", (n, _) => Address(n, "InternalIP"), 1),
        Column("External-IP", "string", "List of addresses reachable to the node. Queried from cloud provider, if available.", (n, _) => Address(n, "ExternalIP"), 1),
        Column("OS-Image", "string", "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).", (n, _) => Str(n, "status", "nodeInfo", "osImage") is { Length: > 0 } os ? os : "<unknown>", 1),
        Column("Kernel-Version", "string", "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", (n, _) => Str(n, "status", "nodeInfo", "kernelVersion") is { Length: > 0 } kernel ? kernel : "<unknown>", 1),
        Column("Container-Runtime", "string", "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).", (n, _) => Str(n, "status", "nodeInfo", "containerRuntimeVersion") is { Length: > 0 } runtime ? runtime : "<unknown>", 1),
    ]);

    public static readonly ITableConvertor PersistentVolumeClaims = new ColumnTableConvertor(
    [
        Name,
        Column("Status", "string", "The status of the persistent volume claim", (p, _) => Str(p, "status", "phase")),
        Column("Volume", "string", "VolumeName is the binding reference to the PersistentVolume backing this claim.", (p, _) => Str(p, "spec", "volumeName")),
        Column("Capacity", "string", "The capacity of the volume", (p, _) => Str(p, "status", "capacity", "storage")),
        Column("Access Modes", "string", "AccessModes contains the desired access modes the volume should have.", (p, _) => AccessModes(At(p, "status", "accessModes"))),
        Column("StorageClass", "string", "The storage class of the volume", (p, _) => Str(p, "spec", "storageClassName")),
        Column("VolumeAttributesClass", "string", "The volume attributes class of the claim", (p, _) => Str(p, "spec", "volumeAttributesClassName") is { Length: > 0 } vac ? vac : "<unset>"),
        Age,
        Column("VolumeMode", "string", "VolumeMode defines what type of volume is required by the claim.", (p, _) => Str(p, "spec", "volumeMode") is { Length: > 0 } mode ? mode : "<unset>", 1),
    ]);

    private static string ServiceType(JsonObject service) => Str(service, "spec", "type") is { Length: > 0 } type ? type : "ClusterIP";

    /// <summary>Upstream's getServiceExternalIP.</summary>
    private static string ExternalIP(JsonObject service)
    {
        var external = Array(service, "spec", "externalIPs").Select(ip => ip is JsonValue v && v.TryGetValue<string>(out var s) ? s : "").ToList();
        switch (ServiceType(service))
        {
            case "ClusterIP" or "NodePort":
                return external.Count > 0 ? string.Join(",", external) : "<none>";
            case "LoadBalancer":
                var ingress = Array(service, "status", "loadBalancer", "ingress").Select(i => Str(i, "ip") is { Length: > 0 } ip ? ip : Str(i, "hostname")).Where(s => s.Length > 0).ToList();
                ingress.AddRange(external);
                return ingress.Count > 0 ? string.Join(",", ingress) : "<pending>";
            case "ExternalName":
                return Str(service, "spec", "externalName");
            default:
                return "<unknown>";
        }
    }

    /// <summary>Upstream's makePortString: <c>80/TCP</c>, <c>80:30080/TCP</c> with a node port.</summary>
    private static string Ports(JsonObject service)
    {
        var ports = Array(service, "spec", "ports");
        if (ports.Count == 0)
        {
            return "<none>";
        }

        return string.Join(",", ports.Select(p =>
        {
            var protocol = Str(p, "protocol") is { Length: > 0 } proto ? proto : "TCP";
            var nodePort = Int(p, "nodePort");
            return nodePort > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{Int(p, "port")}:{nodePort}/{protocol}")
                : string.Create(CultureInfo.InvariantCulture, $"{Int(p, "port")}/{protocol}");
        }));
    }

    /// <summary>Upstream's formatEndpoints: up to three <c>ip:port</c> pairs, then <c> + N more...</c>; <c>&lt;none&gt;</c> when empty.</summary>
    private static string FormatEndpoints(JsonObject endpoints)
    {
        var list = new List<string>();
        var count = 0;
        foreach (var subset in Array(endpoints, "subsets"))
        {
            var ports = Array(subset, "ports");
            foreach (var address in Array(subset, "addresses"))
            {
                var ip = Str(address, "ip");
                if (ports.Count == 0)
                {
                    count++;
                    if (list.Count < 3)
                    {
                        list.Add(ip);
                    }

                    continue;
                }

                foreach (var port in ports)
                {
                    count++;
                    if (list.Count < 3)
                    {
                        list.Add(string.Create(CultureInfo.InvariantCulture, $"{ip}:{Int(port, "port")}"));
                    }
                }
            }
        }

        if (count == 0)
        {
            return "<none>";
        }

        var text = string.Join(",", list);
        return count > list.Count ? string.Create(CultureInfo.InvariantCulture, $"{text} + {count - list.Count} more...") : text;
    }

    /// <summary>Upstream's node status: the Ready condition (Ready, NotReady, Unknown), then SchedulingDisabled when cordoned.</summary>
    private static string NodeStatus(JsonObject node)
    {
        var ready = Array(node, "status", "conditions").FirstOrDefault(c => Str(c, "type") == "Ready");
        var status = ready is null ? "Unknown" : Str(ready, "status") switch
        {
            "True" => "Ready",
            "False" => "NotReady",
            _ => "Unknown",
        };
        return BoolOrNull(node, "spec", "unschedulable") == true ? status + ",SchedulingDisabled" : status;
    }

    /// <summary>Roles from <c>node-role.kubernetes.io/ROLE</c> labels and <c>kubernetes.io/role</c>, sorted; <c>&lt;none&gt;</c>.</summary>
    private static string NodeRoles(JsonObject node)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in ObjectMetadata.Labels(node) ?? [])
        {
            if (key.StartsWith("node-role.kubernetes.io/", StringComparison.Ordinal) && key.Length > "node-role.kubernetes.io/".Length)
            {
                roles.Add(key["node-role.kubernetes.io/".Length..]);
            }
            else if (key == "kubernetes.io/role" && value.Length > 0)
            {
                roles.Add(value);
            }
        }

        return roles.Count > 0 ? string.Join(",", roles) : "<none>";
    }

    private static string Address(JsonObject node, string type) =>
        Array(node, "status", "addresses").FirstOrDefault(a => Str(a, "type") == type) is { } address ? Str(address, "address") : "<none>";

    /// <summary>Upstream's GetAccessModesAsString: RWO, ROX, RWX, RWOP in that order.</summary>
    private static string AccessModes(JsonNode? modes)
    {
        var set = Array(modes).Select(m => m is JsonValue v && v.TryGetValue<string>(out var s) ? s : "").ToHashSet(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var (mode, abbreviation) in new[] { ("ReadWriteOnce", "RWO"), ("ReadOnlyMany", "ROX"), ("ReadWriteMany", "RWX"), ("ReadWriteOncePod", "RWOP") })
        {
            if (set.Contains(mode))
            {
                names.Add(abbreviation);
            }
        }

        return string.Join(",", names);
    }
}

using KubeSharp.Api.Core.V1;
using KubeSharp.Kubelet.Cm;
using KubeSharp.Runtime;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// The CRI sandbox config for a pod, as upstream's generatePodSandboxConfig (kuberuntime_sandbox.go): metadata with the
/// attempt, hostname (truncated to 63 characters), the pod's log directory, DNS from the pod's dnsPolicy, host ports,
/// labels that find the pod again, the pod cgroup under its QoS class, namespaces and sysctls.
/// </summary>
public static class PodSandboxConfigBuilder
{
    public static PodSandboxConfig Build(Pod pod, uint attempt, KubeletOptions options)
    {
        var labels = new Dictionary<string, string>(pod.Metadata.Labels ?? [], StringComparer.Ordinal)
        {
            [KubeletLabels.PodName] = pod.Metadata.Name ?? "",
            [KubeletLabels.PodNamespace] = pod.Metadata.Namespace ?? "",
            [KubeletLabels.PodUid] = pod.Metadata.Uid ?? "",
        };
        var hostname = pod.Spec.Hostname is { Length: > 0 } h ? h : pod.Metadata.Name ?? "";
        if (hostname.Length > 63)
        {
            hostname = hostname[..63].TrimEnd('-', '.');
        }

        List<PortMapping> ports = [];
        foreach (var container in pod.Spec.Containers)
        {
            foreach (var port in container.Ports ?? [])
            {
                if (port.HostPort is > 0 and var hostPort)
                {
                    ports.Add(new PortMapping
                    {
                        ContainerPort = port.Port,
                        HostPort = hostPort,
                        HostIp = port.HostIP ?? "",
                        Protocol = port.Protocol switch { "UDP" => Runtime.Protocol.Udp, "SCTP" => Runtime.Protocol.Sctp, _ => Runtime.Protocol.Tcp },
                    });
                }
            }
        }

        var security = pod.Spec.SecurityContext;
        return new PodSandboxConfig
        {
            Metadata = new PodSandboxMetadata { Name = pod.Metadata.Name ?? "", Namespace = pod.Metadata.Namespace ?? "", Uid = pod.Metadata.Uid ?? "", Attempt = attempt },
            Hostname = pod.Spec.HostNetwork == true ? "" : hostname,
            LogDirectory = PodLogsDirectory(options, pod),
            DnsConfig = Dns(pod, options),
            PortMappings = ports,
            Labels = labels,
            Annotations = new Dictionary<string, string>(pod.Metadata.Annotations ?? [], StringComparer.Ordinal),
            Linux = new LinuxPodSandboxConfig
            {
                CgroupParent = QosContainerManager.PodCgroup(options.CgroupRoot, pod),
                Sysctls = (security?.Sysctls ?? []).ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal),
                SecurityContext = new LinuxSandboxSecurityContext
                {
                    NamespaceOptions = new NamespaceOption
                    {
                        Network = pod.Spec.HostNetwork == true ? NamespaceMode.Node : NamespaceMode.Pod,
                        Pid = pod.Spec.HostPID == true ? NamespaceMode.Node : pod.Spec.ShareProcessNamespace == true ? NamespaceMode.Pod : NamespaceMode.Container,
                        Ipc = pod.Spec.HostIPC == true ? NamespaceMode.Node : NamespaceMode.Pod,
                    },
                    RunAsUser = security?.RunAsUser,
                    RunAsGroup = security?.RunAsGroup,
                    SupplementalGroups = security?.SupplementalGroups ?? [],
                },
            },
        };
    }

    /// <summary>upstream's BuildPodLogsDirectory: <c>{root}/{namespace}_{name}_{uid}</c>.</summary>
    public static string PodLogsDirectory(KubeletOptions options, Pod pod) =>
        Path.Combine(options.PodLogsDirectory, $"{pod.Metadata.Namespace}_{pod.Metadata.Name}_{pod.Metadata.Uid}");

    /// <summary>
    /// DNS as upstream's GetPodDNS: ClusterFirst (and ClusterFirstWithHostNet) get the cluster DNS with the
    /// namespace's search path and ndots:5; a host-network pod with ClusterFirst and Default use the host's
    /// resolv.conf (null: the runtime copies the host's); None uses only dnsConfig, which is merged in every case.
    /// </summary>
    public static DnsConfig? Dns(Pod pod, KubeletOptions options)
    {
        var policy = pod.Spec.DNSPolicy ?? DNSPolicy.ClusterFirst;
        if (policy == DNSPolicy.ClusterFirst && pod.Spec.HostNetwork == true)
        {
            policy = DNSPolicy.Default;
        }

        List<string> servers = [];
        List<string> searches = [];
        List<string> dnsOptions = [];
        if (policy is DNSPolicy.ClusterFirst or DNSPolicy.ClusterFirstWithHostNet)
        {
            servers.AddRange(options.ClusterDns);
            var domain = options.ClusterDomain;
            searches.AddRange([$"{pod.Metadata.Namespace}.svc.{domain}", $"svc.{domain}", domain]);
            dnsOptions.Add("ndots:5");
        }
        else if (policy == DNSPolicy.Default && pod.Spec.DNSConfig is null)
        {
            return null;
        }

        if (pod.Spec.DNSConfig is { } custom)
        {
            servers.AddRange((custom.Nameservers ?? []).Where(s => !servers.Contains(s)));
            searches.AddRange((custom.Searches ?? []).Where(s => !searches.Contains(s)));
            foreach (var option in custom.Options ?? [])
            {
                var text = option.Value is { } value ? $"{option.Name}:{value}" : option.Name ?? "";
                dnsOptions.RemoveAll(o => o.Split(':')[0] == option.Name);
                dnsOptions.Add(text);
            }
        }

        return new DnsConfig { Servers = servers, Searches = searches, Options = dnsOptions };
    }
}

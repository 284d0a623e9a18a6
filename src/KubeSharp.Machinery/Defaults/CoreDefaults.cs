using System.Text;
using KubeSharp.Api;
using KubeSharp.Api.Core.V1;

namespace KubeSharp.Machinery.Defaults;

/// <summary>
/// Defaulting of core/v1 objects, as upstream's pkg/apis/core/v1/defaults.go (plus the Secret
/// <c>stringData</c> fold that upstream performs in conversion). Apply before validation; every method is
/// idempotent. Workload groups call <see cref="SetDefaultsPodSpec"/> for their pod templates.
/// </summary>
public static class CoreDefaults
{
    public const long DefaultTerminationGracePeriodSeconds = 30;
    public const string DefaultSchedulerName = "default-scheduler";
    public const int DefaultFileMode = 420; // 0644
    public const long DefaultTokenExpirationSeconds = 3600;
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>A pod: the spec defaults plus requests copied from limits, service links, host-network ports.</summary>
    public static void SetDefaultsPod(Pod pod)
    {
        SetDefaultsPodSpec(pod.Spec);
        foreach (var container in pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? []))
        {
            CopyLimitsToRequests(container.Resources);
        }

        pod.Spec.EnableServiceLinks ??= true;
        if (pod.Spec.HostNetwork == true)
        {
            DefaultHostNetworkPorts(pod.Spec.Containers);
            DefaultHostNetworkPorts(pod.Spec.InitContainers);
        }
    }

    /// <summary>
    /// A pod template embedded in a workload: the pod spec defaults only (upstream copies limits to requests
    /// for pods, not for templates).
    /// </summary>
    public static void SetDefaultsPodTemplateSpec(PodTemplateSpec template) => SetDefaultsPodSpec(template.Spec);

    /// <summary>A pod spec, wherever it is embedded (pods, templates).</summary>
    public static void SetDefaultsPodSpec(PodSpec spec)
    {
        if (string.IsNullOrEmpty(spec.DNSPolicy))
        {
            spec.DNSPolicy = DNSPolicy.ClusterFirst;
        }

        if (string.IsNullOrEmpty(spec.RestartPolicy))
        {
            spec.RestartPolicy = RestartPolicy.Always;
        }

        if (spec.HostNetwork == true)
        {
            DefaultHostNetworkPorts(spec.Containers);
            DefaultHostNetworkPorts(spec.InitContainers);
        }

        spec.SecurityContext ??= new PodSecurityContext();
        spec.TerminationGracePeriodSeconds ??= DefaultTerminationGracePeriodSeconds;
        if (string.IsNullOrEmpty(spec.SchedulerName))
        {
            spec.SchedulerName = DefaultSchedulerName;
        }

        foreach (var volume in spec.Volumes ?? [])
        {
            SetDefaultsVolume(volume);
        }

        foreach (var container in spec.Containers.Concat(spec.InitContainers ?? []))
        {
            SetDefaultsContainer(container);
        }

        foreach (var container in spec.EphemeralContainers ?? [])
        {
            SetDefaultsContainerCommon(container);
        }

        RoundUp(spec.Overhead);
    }

    /// <summary>Pull policy from the image tag, termination message defaults, port protocols, probes, resource rounding.</summary>
    public static void SetDefaultsContainer(Container container)
    {
        if (string.IsNullOrEmpty(container.ImagePullPolicy))
        {
            container.ImagePullPolicy = DefaultPullPolicy(container.Image);
        }

        if (string.IsNullOrEmpty(container.TerminationMessagePath))
        {
            container.TerminationMessagePath = Container.TerminationMessagePathDefault;
        }

        if (string.IsNullOrEmpty(container.TerminationMessagePolicy))
        {
            container.TerminationMessagePolicy = TerminationMessagePolicy.File;
        }

        foreach (var port in container.Ports ?? [])
        {
            if (string.IsNullOrEmpty(port.Protocol))
            {
                port.Protocol = Protocol.TCP;
            }
        }

        SetDefaultsEnv(container.Env);
        SetDefaultsProbe(container.LivenessProbe);
        SetDefaultsProbe(container.ReadinessProbe);
        SetDefaultsProbe(container.StartupProbe);
        SetDefaultsLifecycleHandler(container.Lifecycle?.PostStart);
        SetDefaultsLifecycleHandler(container.Lifecycle?.PreStop);
        RoundUp(container.Resources.Limits);
        RoundUp(container.Resources.Requests);
    }

    /// <summary>An ephemeral container gets the container defaults.</summary>
    public static void SetDefaultsContainerCommon(EphemeralContainerCommon container)
    {
        if (string.IsNullOrEmpty(container.ImagePullPolicy))
        {
            container.ImagePullPolicy = DefaultPullPolicy(container.Image);
        }

        if (string.IsNullOrEmpty(container.TerminationMessagePath))
        {
            container.TerminationMessagePath = Container.TerminationMessagePathDefault;
        }

        if (string.IsNullOrEmpty(container.TerminationMessagePolicy))
        {
            container.TerminationMessagePolicy = TerminationMessagePolicy.File;
        }

        foreach (var port in container.Ports ?? [])
        {
            if (string.IsNullOrEmpty(port.Protocol))
            {
                port.Protocol = Protocol.TCP;
            }
        }

        SetDefaultsEnv(container.Env);
        SetDefaultsProbe(container.LivenessProbe);
        SetDefaultsProbe(container.ReadinessProbe);
        SetDefaultsProbe(container.StartupProbe);
        RoundUp(container.Resources.Limits);
        RoundUp(container.Resources.Requests);
    }

    /// <summary>Always for <c>:latest</c> or untagged images without digest, IfNotPresent otherwise.</summary>
    public static string DefaultPullPolicy(string? image) => ImageTag(image) == "latest" ? PullPolicy.Always : PullPolicy.IfNotPresent;

    public static void SetDefaultsProbe(Probe? probe)
    {
        if (probe is null)
        {
            return;
        }

        if (probe.TimeoutSeconds is null or 0)
        {
            probe.TimeoutSeconds = 1;
        }

        if (probe.PeriodSeconds is null or 0)
        {
            probe.PeriodSeconds = 10;
        }

        if (probe.SuccessThreshold is null or 0)
        {
            probe.SuccessThreshold = 1;
        }

        if (probe.FailureThreshold is null or 0)
        {
            probe.FailureThreshold = 3;
        }

        SetDefaultsHttpGet(probe.HTTPGet);
        if (probe.GRPC is { } grpc)
        {
            grpc.Service ??= "";
        }
    }

    /// <summary>A volume with no source becomes an emptyDir; file modes, host-path type and token expiry get defaults.</summary>
    public static void SetDefaultsVolume(Volume volume)
    {
        if (volume.HostPath is null && volume.EmptyDir is null && volume.GCEPersistentDisk is null && volume.AWSElasticBlockStore is null
            && volume.GitRepo is null && volume.Secret is null && volume.NFS is null && volume.ISCSI is null && volume.Glusterfs is null
            && volume.PersistentVolumeClaim is null && volume.RBD is null && volume.FlexVolume is null && volume.Cinder is null
            && volume.CephFS is null && volume.Flocker is null && volume.DownwardAPI is null && volume.FC is null && volume.AzureFile is null
            && volume.ConfigMap is null && volume.VsphereVolume is null && volume.Quobyte is null && volume.AzureDisk is null
            && volume.PhotonPersistentDisk is null && volume.Projected is null && volume.PortworxVolume is null && volume.ScaleIO is null
            && volume.StorageOS is null && volume.CSI is null && volume.Ephemeral is null && volume.Image is null)
        {
            volume.EmptyDir = new EmptyDirVolumeSource();
        }

        if (volume.Secret is { } secret)
        {
            secret.DefaultMode ??= DefaultFileMode;
        }

        if (volume.ConfigMap is { } configMap)
        {
            configMap.DefaultMode ??= DefaultFileMode;
        }

        if (volume.DownwardAPI is { } downwardAPI)
        {
            downwardAPI.DefaultMode ??= DefaultFileMode;
            foreach (var item in downwardAPI.Items ?? [])
            {
                SetDefaultsFieldSelector(item.FieldRef);
            }
        }

        if (volume.Projected is { } projected)
        {
            projected.DefaultMode ??= DefaultFileMode;
            foreach (var source in projected.Sources)
            {
                if (source.ServiceAccountToken is { } token)
                {
                    token.ExpirationSeconds ??= DefaultTokenExpirationSeconds;
                }

                foreach (var item in source.DownwardAPI?.Items ?? [])
                {
                    SetDefaultsFieldSelector(item.FieldRef);
                }
            }
        }

        if (volume.HostPath is { } hostPath)
        {
            hostPath.Type ??= "";
        }
    }

    /// <summary>
    /// A service: session affinity None (or ClientIP with the 3-hour timeout), type ClusterIP, port
    /// protocol TCP and targetPort = port, traffic policies Cluster where they apply, node ports for load balancers.
    /// </summary>
    public static void SetDefaultsService(Service service)
    {
        var spec = service.Spec;
        if (string.IsNullOrEmpty(spec.SessionAffinity))
        {
            spec.SessionAffinity = ServiceAffinity.None;
        }

        if (spec.SessionAffinity == ServiceAffinity.None)
        {
            spec.SessionAffinityConfig = null;
        }

        if (spec.SessionAffinity == ServiceAffinity.ClientIP && spec.SessionAffinityConfig?.ClientIP?.TimeoutSeconds is null)
        {
            spec.SessionAffinityConfig = new SessionAffinityConfig { ClientIP = new ClientIPConfig { TimeoutSeconds = ClientIPConfig.DefaultTimeoutSeconds } };
        }

        if (string.IsNullOrEmpty(spec.Type))
        {
            spec.Type = ServiceType.ClusterIP;
        }

        foreach (var port in spec.Ports ?? [])
        {
            if (string.IsNullOrEmpty(port.Protocol))
            {
                port.Protocol = Protocol.TCP;
            }

            if (port.TargetPort is not { } target || (!target.IsString && target.IntValue == 0) || (target.IsString && target.StringValue.Length == 0))
            {
                port.TargetPort = new IntOrString(port.Port);
            }
        }

        var externallyAccessible = spec.Type is ServiceType.LoadBalancer or ServiceType.NodePort
            || (spec.Type == ServiceType.ClusterIP && spec.ExternalIPs is { Count: > 0 });
        if (externallyAccessible && string.IsNullOrEmpty(spec.ExternalTrafficPolicy))
        {
            spec.ExternalTrafficPolicy = "Cluster";
        }

        if (spec.InternalTrafficPolicy is null && spec.Type is ServiceType.NodePort or ServiceType.LoadBalancer or ServiceType.ClusterIP)
        {
            spec.InternalTrafficPolicy = "Cluster";
        }

        if (spec.Type == ServiceType.LoadBalancer)
        {
            spec.AllocateLoadBalancerNodePorts ??= true;
        }
    }

    /// <summary>
    /// A secret: type Opaque; <c>stringData</c> entries are written into <c>data</c> (overriding) and
    /// <c>stringData</c> is cleared, as upstream's conversion does before validation and storage.
    /// </summary>
    public static void SetDefaultsSecret(Secret secret)
    {
        if (string.IsNullOrEmpty(secret.Type))
        {
            secret.Type = SecretType.Opaque;
        }

        if (secret.StringData is { Count: > 0 } stringData)
        {
            secret.Data ??= [];
            foreach (var (key, value) in stringData)
            {
                secret.Data[key] = Encoding.UTF8.GetBytes(value);
            }
        }

        secret.StringData = null;
    }

    /// <summary>A namespace: the <c>kubernetes.io/metadata.name</c> label and phase Active.</summary>
    public static void SetDefaultsNamespace(Namespace ns)
    {
        if (!string.IsNullOrEmpty(ns.Metadata.Name))
        {
            ns.Metadata.Labels ??= [];
            ns.Metadata.Labels[NamespaceNameLabel] = ns.Metadata.Name;
        }

        if (string.IsNullOrEmpty(ns.Status.Phase))
        {
            ns.Status.Phase = NamespacePhase.Active;
        }
    }

    /// <summary>A node: allocatable defaults to capacity.</summary>
    public static void SetDefaultsNode(Node node)
    {
        if (node.Status.Allocatable is null && node.Status.Capacity is not null)
        {
            node.Status.Allocatable = new Dictionary<string, Quantity>(node.Status.Capacity, StringComparer.Ordinal);
        }

        RoundUp(node.Status.Capacity);
        RoundUp(node.Status.Allocatable);
    }

    /// <summary>
    /// The tag Docker reference parsing would give: the text after the last colon of the last path
    /// segment (before any digest); "latest" when there is neither tag nor digest; "" for an unparsable image.
    /// </summary>
    internal static string ImageTag(string? image)
    {
        if (string.IsNullOrEmpty(image) || image.Trim().Length != image.Length)
        {
            return "";
        }

        var at = image.IndexOf('@', StringComparison.Ordinal);
        var digest = at >= 0 ? image[(at + 1)..] : "";
        var name = at >= 0 ? image[..at] : image;
        var slash = name.LastIndexOf('/');
        var colon = name.LastIndexOf(':');
        var tag = colon > slash ? name[(colon + 1)..] : "";
        return tag.Length == 0 && digest.Length == 0 ? "latest" : tag;
    }

    private static void SetDefaultsEnv(List<EnvVar>? env)
    {
        foreach (var variable in env ?? [])
        {
            SetDefaultsFieldSelector(variable.ValueFrom?.FieldRef);
        }
    }

    private static void SetDefaultsFieldSelector(ObjectFieldSelector? selector)
    {
        if (selector is not null && string.IsNullOrEmpty(selector.ApiVersion))
        {
            selector.ApiVersion = "v1";
        }
    }

    private static void SetDefaultsLifecycleHandler(LifecycleHandler? handler) => SetDefaultsHttpGet(handler?.HTTPGet);

    private static void SetDefaultsHttpGet(HTTPGetAction? action)
    {
        if (action is null)
        {
            return;
        }

        if (string.IsNullOrEmpty(action.Path))
        {
            action.Path = "/";
        }

        if (string.IsNullOrEmpty(action.Scheme))
        {
            action.Scheme = URIScheme.HTTP;
        }
    }

    private static void CopyLimitsToRequests(ResourceRequirements resources)
    {
        if (resources.Limits is not { Count: > 0 } limits)
        {
            return;
        }

        resources.Requests ??= [];
        foreach (var (name, limit) in limits)
        {
            resources.Requests.TryAdd(name, limit);
        }
    }

    private static void DefaultHostNetworkPorts(List<Container>? containers)
    {
        foreach (var port in (containers ?? []).SelectMany(c => c.Ports ?? []))
        {
            if (port.HostPort is null or 0)
            {
                port.HostPort = port.Port;
            }
        }
    }

    private static void RoundUp(Dictionary<string, Quantity>? resources)
    {
        if (resources is null)
        {
            return;
        }

        foreach (var name in resources.Keys.ToList())
        {
            resources[name] = resources[name].RoundUp(-3, out _);
        }
    }
}

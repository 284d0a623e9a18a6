namespace KubeSharp.Api.Core.V1;

/// <summary>Names of standard resources in resource lists, and prefixes of others.</summary>
public static class ResourceName
{
    /// <summary>In cores (500m is half a core).</summary>
    public const string CPU = "cpu";

    /// <summary>In bytes.</summary>
    public const string Memory = "memory";

    /// <summary>Volume size, in bytes.</summary>
    public const string Storage = "storage";

    /// <summary>Local ephemeral storage, in bytes.</summary>
    public const string EphemeralStorage = "ephemeral-storage";

    public const string Pods = "pods";
    public const string Services = "services";
    public const string ReplicationControllers = "replicationcontrollers";
    public const string Quotas = "resourcequotas";
    public const string Secrets = "secrets";
    public const string ConfigMaps = "configmaps";
    public const string PersistentVolumeClaims = "persistentvolumeclaims";
    public const string ServicesNodePorts = "services.nodeports";
    public const string ServicesLoadBalancers = "services.loadbalancers";
    public const string RequestsCPU = "requests.cpu";
    public const string RequestsMemory = "requests.memory";
    public const string RequestsStorage = "requests.storage";
    public const string RequestsEphemeralStorage = "requests.ephemeral-storage";
    public const string LimitsCPU = "limits.cpu";
    public const string LimitsMemory = "limits.memory";
    public const string LimitsEphemeralStorage = "limits.ephemeral-storage";

    public const string DefaultNamespacePrefix = "kubernetes.io/";
    public const string HugePagesPrefix = "hugepages-";
    public const string AttachableVolumesPrefix = "attachable-volumes-";
    public const string RequestsHugePagesPrefix = "requests.hugepages-";
    public const string DefaultResourceRequestsPrefix = "requests.";
}

using KubeSharp.Api.Scheme;

namespace KubeSharp.ApiServer.Endpoints.Tables.Printers;

/// <summary>The printer of each built-in resource that has one upstream; the rest get the default Name and Created At.</summary>
public static class BuiltInPrinters
{
    public static ITableConvertor For(GroupVersionResource resource) => (resource.Group, resource.Resource) switch
    {
        ("", "pods") => PodPrinter.Instance,
        ("", "namespaces") => CorePrinters.Namespaces,
        ("", "configmaps") => CorePrinters.ConfigMaps,
        ("", "secrets") => CorePrinters.Secrets,
        ("", "serviceaccounts") => CorePrinters.ServiceAccounts,
        ("", "services") => CorePrinters.Services,
        ("", "endpoints") => CorePrinters.Endpoints,
        ("", "replicationcontrollers") => CorePrinters.ReplicationControllers,
        ("", "nodes") => CorePrinters.Nodes,
        ("", "persistentvolumeclaims") => CorePrinters.PersistentVolumeClaims,
        ("apps", "deployments") => AppsPrinters.Deployments,
        ("apps", "replicasets") => AppsPrinters.ReplicaSets,
        ("apps", "statefulsets") => AppsPrinters.StatefulSets,
        ("apps", "daemonsets") => AppsPrinters.DaemonSets,
        ("batch", "jobs") => BatchPrinters.Jobs,
        ("batch", "cronjobs") => BatchPrinters.CronJobs,
        _ => DefaultTableConvertor.Instance,
    };
}

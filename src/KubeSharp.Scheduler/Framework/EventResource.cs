namespace KubeSharp.Scheduler.Framework;

/// <summary>The kinds of object a cluster event is about (upstream's framework.EventResource).</summary>
public static class EventResource
{
    public const string Pod = "Pod";
    public const string AssignedPod = "AssignedPod";
    public const string UnschedulablePod = "UnschedulablePod";
    public const string Node = "Node";
    public const string PersistentVolume = "PersistentVolume";
    public const string PersistentVolumeClaim = "PersistentVolumeClaim";
    public const string StorageClass = "storage.k8s.io/StorageClass";
    public const string CSINode = "storage.k8s.io/CSINode";
    public const string WildCard = "*";
}

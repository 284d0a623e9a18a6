namespace KubeSharp.Api.Core.V1;

/// <summary>Filters on the objects a ResourceQuota counts.</summary>
public static class ResourceQuotaScope
{
    /// <summary>Pods with activeDeadlineSeconds set.</summary>
    public const string Terminating = "Terminating";

    public const string NotTerminating = "NotTerminating";
    public const string BestEffort = "BestEffort";
    public const string NotBestEffort = "NotBestEffort";
    public const string PriorityClass = "PriorityClass";
    public const string CrossNamespacePodAffinity = "CrossNamespacePodAffinity";
    public const string VolumeAttributesClass = "VolumeAttributesClass";
}

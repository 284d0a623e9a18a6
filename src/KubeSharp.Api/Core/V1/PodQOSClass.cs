namespace KubeSharp.Api.Core.V1;

/// <summary>Quality of service classes, from the pod's requests and limits.</summary>
public static class PodQOSClass
{
    /// <summary>Every container has equal cpu and memory requests and limits.</summary>
    public const string Guaranteed = "Guaranteed";

    /// <summary>Some request or limit is set, but not Guaranteed.</summary>
    public const string Burstable = "Burstable";

    /// <summary>No requests or limits at all.</summary>
    public const string BestEffort = "BestEffort";
}

namespace KubeSharp.Api.Core.V1;

/// <summary>Which endpoints get traffic sent to the cluster IP.</summary>
public static class ServiceInternalTrafficPolicy
{
    public const string Cluster = "Cluster";

    /// <summary>Only endpoints on the client's node; dropped when there are none.</summary>
    public const string Local = "Local";
}

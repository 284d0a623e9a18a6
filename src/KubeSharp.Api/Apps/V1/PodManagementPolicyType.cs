namespace KubeSharp.Api.Apps.V1;

public static class PodManagementPolicyType
{
    public const string OrderedReady = "OrderedReady";

    public const string Parallel = "Parallel";
}

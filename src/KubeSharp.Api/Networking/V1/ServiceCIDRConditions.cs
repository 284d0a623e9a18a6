namespace KubeSharp.Api.Networking.V1;

/// <summary>The condition type and reason the ServiceCIDR controller sets.</summary>
public static class ServiceCIDRConditions
{
    public const string ServiceCIDRConditionReady = "Ready";

    public const string ServiceCIDRReasonTerminating = "Terminating";
}

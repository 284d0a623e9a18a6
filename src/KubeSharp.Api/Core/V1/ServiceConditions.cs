namespace KubeSharp.Api.Core.V1;

/// <summary>Condition types and reasons of a Service's status.</summary>
public static class ServiceConditions
{
    public const string LoadBalancerPortsError = "LoadBalancerPortsError";

    /// <summary>The reason of LoadBalancerPortsError when mixed protocols are not supported.</summary>
    public const string LoadBalancerPortsErrorReason = "LoadBalancerMixedProtocolNotSupported";
}

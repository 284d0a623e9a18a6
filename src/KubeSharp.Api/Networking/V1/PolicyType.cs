namespace KubeSharp.Api.Networking.V1;

public static class PolicyType
{
    public const string Ingress = "Ingress";

    public const string Egress = "Egress";
}

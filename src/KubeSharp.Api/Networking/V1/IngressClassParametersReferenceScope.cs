namespace KubeSharp.Api.Networking.V1;

public static class IngressClassParametersReferenceScope
{
    public const string Namespace = "Namespace";

    public const string Cluster = "Cluster";
}

namespace KubeSharp.Api.Networking.V1;

public sealed class IngressServiceBackend : KubeModel
{
    public string Name { get; set; } = "";

    public ServiceBackendPort Port { get; set; } = new();
}

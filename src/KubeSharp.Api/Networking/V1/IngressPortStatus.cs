namespace KubeSharp.Api.Networking.V1;

public sealed class IngressPortStatus : KubeModel
{
    public int Port { get; set; }

    public string Protocol { get; set; } = "";

    public string? Error { get; set; }
}

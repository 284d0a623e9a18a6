namespace KubeSharp.Api.AdmissionRegistration.V1;

public sealed class ServiceReference : KubeModel
{
    public string Namespace { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Path { get; set; }

    /// <summary>Defaults to 443.</summary>
    public int? Port { get; set; }
}

namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class ExternalDocumentation : KubeModel
{
    public string? Description { get; set; }

    public string? URL { get; set; }
}

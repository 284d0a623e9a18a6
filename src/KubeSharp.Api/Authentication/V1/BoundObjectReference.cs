namespace KubeSharp.Api.Authentication.V1;

public sealed class BoundObjectReference : KubeModel
{
    public string? Kind { get; set; }

    public string? APIVersion { get; set; }

    public string? Name { get; set; }

    public string? UID { get; set; }
}

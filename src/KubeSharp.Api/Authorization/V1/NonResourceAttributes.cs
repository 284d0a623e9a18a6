namespace KubeSharp.Api.Authorization.V1;

/// <summary>The attributes of a request for a non-resource path such as /healthz.</summary>
public sealed class NonResourceAttributes : KubeModel
{
    public string? Path { get; set; }

    public string? Verb { get; set; }
}

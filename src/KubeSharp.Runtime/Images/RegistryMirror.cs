namespace KubeSharp.Runtime.Images;

/// <summary>The endpoints (<c>https://mirror.example:5000</c>) that serve a registry's content.</summary>
public sealed record RegistryMirror
{
    public IReadOnlyList<string> Endpoints { get; init; } = [];
}

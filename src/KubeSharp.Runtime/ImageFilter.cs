namespace KubeSharp.Runtime;

/// <summary>CRI <c>ImageFilter</c>.</summary>
public sealed record ImageFilter
{
    public ImageSpec? Image { get; init; }
}

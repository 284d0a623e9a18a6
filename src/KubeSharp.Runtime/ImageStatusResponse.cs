namespace KubeSharp.Runtime;

/// <summary>CRI <c>ImageStatusResponse</c>.</summary>
public sealed record ImageStatusResponse
{
    /// <summary>Null when the image is not present.</summary>
    public Image? Image { get; init; }

    /// <summary>The image config as JSON (key <c>info</c>); only when verbose.</summary>
    public IReadOnlyDictionary<string, string> Info { get; init; } = new Dictionary<string, string>();
}

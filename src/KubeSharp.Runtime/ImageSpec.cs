namespace KubeSharp.Runtime;

/// <summary>CRI <c>ImageSpec</c>: an image by reference (<c>busybox:1.36</c>), digest or image ID.</summary>
public sealed record ImageSpec
{
    public ImageSpec()
    {
    }

    public ImageSpec(string image)
    {
        Image = image;
    }

    public string Image { get; init; } = "";

    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    /// <summary>The reference as the user wrote it in the pod spec, when known.</summary>
    public string UserSpecifiedImage { get; init; } = "";
}

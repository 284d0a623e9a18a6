namespace KubeSharp.Api.Core.V1;

/// <summary>
/// A named volume of a pod. Upstream inlines <see cref="VolumeSource"/> into Volume; here Volume derives from it, so
/// the source fields sit next to name on the wire and a Volume can be handled as its source.
/// </summary>
public sealed class Volume : VolumeSource
{
    public string Name { get; set; } = "";
}

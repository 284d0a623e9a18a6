namespace KubeSharp.Api.Core.V1;

/// <summary>An OCI image or artifact mounted read-only and noexec as a volume.</summary>
public sealed class ImageVolumeSource : KubeModel
{
    /// <summary>Resolved like a container's image, with the same pull secrets.</summary>
    public string? Reference { get; set; }

    /// <summary>One of <see cref="V1.PullPolicy"/>; Always for :latest, IfNotPresent otherwise.</summary>
    public string? PullPolicy { get; set; }
}

namespace KubeSharp.Api.Core.V1;

/// <summary>The AppArmor profile of a pod or container.</summary>
public sealed class AppArmorProfile : KubeModel
{
    /// <summary>One of <see cref="AppArmorProfileType"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>The loaded profile's name; only with type Localhost.</summary>
    public string? LocalhostProfile { get; set; }
}

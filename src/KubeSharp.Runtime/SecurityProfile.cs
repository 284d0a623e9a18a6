namespace KubeSharp.Runtime;

/// <summary>CRI <c>SecurityProfile</c> (seccomp or AppArmor).</summary>
public sealed record SecurityProfile
{
    public SecurityProfileType ProfileType { get; init; }

    /// <summary>For <see cref="SecurityProfileType.Localhost"/>: the profile's path (seccomp) or name (AppArmor).</summary>
    public string LocalhostRef { get; init; } = "";
}

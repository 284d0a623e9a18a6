namespace KubeSharp.Runtime;

/// <summary>CRI <c>SecurityProfile.ProfileType</c>.</summary>
public enum SecurityProfileType
{
    RuntimeDefault,
    Unconfined,
    Localhost,
}

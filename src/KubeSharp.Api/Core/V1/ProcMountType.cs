namespace KubeSharp.Api.Core.V1;

/// <summary>How /proc is mounted in a container.</summary>
public static class ProcMountType
{
    /// <summary>The runtime's masked and read-only paths.</summary>
    public const string Default = "Default";

    /// <summary>No masking.</summary>
    public const string Unmasked = "Unmasked";
}

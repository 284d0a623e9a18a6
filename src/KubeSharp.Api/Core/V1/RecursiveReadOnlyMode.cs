namespace KubeSharp.Api.Core.V1;

/// <summary>Whether a read-only mount is read-only recursively.</summary>
public static class RecursiveReadOnlyMode
{
    public const string Disabled = "Disabled";
    public const string IfPossible = "IfPossible";
    public const string Enabled = "Enabled";
}

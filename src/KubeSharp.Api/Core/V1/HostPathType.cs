namespace KubeSharp.Api.Core.V1;

/// <summary>What a hostPath volume expects (or creates) at its path.</summary>
public static class HostPathType
{
    /// <summary>No check, for compatibility.</summary>
    public const string Unset = "";

    /// <summary>Created as an empty directory (0755) when missing.</summary>
    public const string DirectoryOrCreate = "DirectoryOrCreate";

    public const string Directory = "Directory";

    /// <summary>Created as an empty file (0644) when missing.</summary>
    public const string FileOrCreate = "FileOrCreate";

    public const string File = "File";
    public const string Socket = "Socket";
    public const string CharDevice = "CharDevice";
    public const string BlockDevice = "BlockDevice";
}

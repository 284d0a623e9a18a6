namespace KubeSharp.Api.Core.V1;

/// <summary>Media an emptyDir can be backed by.</summary>
public static class StorageMedium
{
    /// <summary>The node's default storage.</summary>
    public const string Default = "";

    /// <summary>A tmpfs.</summary>
    public const string Memory = "Memory";

    public const string HugePages = "HugePages";

    /// <summary>Prefix of the sized form, as in HugePages-2Mi.</summary>
    public const string HugePagesPrefix = "HugePages-";
}

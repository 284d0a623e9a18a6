namespace KubeSharp.Api.Core.V1;

/// <summary>Conditions the namespace controller reports while deleting a namespace.</summary>
public static class NamespaceConditionType
{
    public const string NamespaceDeletionDiscoveryFailure = "NamespaceDeletionDiscoveryFailure";
    public const string NamespaceDeletionContentFailure = "NamespaceDeletionContentFailure";
    public const string NamespaceDeletionGVParsingFailure = "NamespaceDeletionGroupVersionParsingFailure";
    public const string NamespaceContentRemaining = "NamespaceContentRemaining";
    public const string NamespaceFinalizersRemaining = "NamespaceFinalizersRemaining";
}

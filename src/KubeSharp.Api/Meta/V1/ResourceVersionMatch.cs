namespace KubeSharp.Api.Meta.V1;

/// <summary>How a list applies its resourceVersion (upstream's ResourceVersionMatch).</summary>
public static class ResourceVersionMatch
{
    /// <summary>Data at least as new as the given resourceVersion.</summary>
    public const string NotOlderThan = "NotOlderThan";

    /// <summary>Data at exactly the given resourceVersion.</summary>
    public const string Exact = "Exact";
}

namespace KubeSharp.Api.Core.V1;

/// <summary>How the supplemental groups of a container's first process are computed.</summary>
public static class SupplementalGroupsPolicy
{
    /// <summary>The given groups plus those of the image's /etc/group (the default).</summary>
    public const string Merge = "Merge";

    /// <summary>Only the given groups.</summary>
    public const string Strict = "Strict";
}

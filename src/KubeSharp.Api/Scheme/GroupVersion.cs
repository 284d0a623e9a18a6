namespace KubeSharp.Api.Scheme;

/// <summary>Reads and writes the apiVersion form of a group and version, as upstream's schema.ParseGroupVersion.</summary>
public static class GroupVersion
{
    public static string Format(string group, string version) => group.Length == 0 ? version : group + "/" + version;

    /// <summary>"v1" is the core group; "apps/v1" is group apps; "" is the empty group version; more slashes are malformed.</summary>
    public static bool TryParse(string apiVersion, out string group, out string version)
    {
        ArgumentNullException.ThrowIfNull(apiVersion);
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            group = "";
            version = apiVersion;
            return true;
        }

        if (apiVersion.IndexOf('/', slash + 1) >= 0)
        {
            group = "";
            version = "";
            return false;
        }

        group = apiVersion[..slash];
        version = apiVersion[(slash + 1)..];
        return true;
    }
}

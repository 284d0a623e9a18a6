namespace KubeSharp.ApiServer.Authorization;

/// <summary>
/// The non-resource paths anyone may read without credentials, as upstream's bootstrap role
/// <c>system:public-info-viewer</c> grants: <c>/healthz</c>, <c>/livez</c>, <c>/readyz</c> (and their
/// per-check sub-paths) and <c>/version</c>.
/// </summary>
public static class PublicPaths
{
    public static bool IsPublic(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed is "/healthz" or "/livez" or "/readyz" or "/version"
            || trimmed.StartsWith("/healthz/", StringComparison.Ordinal)
            || trimmed.StartsWith("/livez/", StringComparison.Ordinal)
            || trimmed.StartsWith("/readyz/", StringComparison.Ordinal);
    }
}

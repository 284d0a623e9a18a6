namespace KubeSharp.Testing.Cluster;

/// <summary>
/// Where the real kubectl binaries are: <c>/usr/bin/kubectl</c> is a dispatcher that picks a client version
/// from the server's <c>/version</c> (1.33 for KubeSharp); older clients are called by their own names.
/// </summary>
public static class Kubectl
{
    /// <summary>The dispatcher.</summary>
    public const string Dispatcher = "/usr/bin/kubectl";

    /// <summary>The directory holding <c>kubectl.1.27</c> … <c>kubectl.1.33</c>.</summary>
    public const string VersionedDirectory = "/usr/lib/google-cloud-sdk/bin";

    /// <summary>Every client minor version the compatibility matrix runs, oldest first.</summary>
    public static readonly string[] Versions = ["1.27", "1.28", "1.29", "1.30", "1.31", "1.32", "1.33"];

    /// <summary>The binary for <paramref name="version"/> (e.g. "1.28"), or the dispatcher for null.</summary>
    public static string PathFor(string? version)
    {
        if (version is null)
        {
            return Dispatcher;
        }

        var path = System.IO.Path.Combine(VersionedDirectory, "kubectl." + version);
        return File.Exists(path) ? path : throw new FileNotFoundException($"kubectl {version} is not installed", path);
    }

    /// <summary>Test data for <c>[MemberData]</c>: one row per installed client version.</summary>
    public static TheoryDataRows AllVersions() => new(Versions);
}

using System.Reflection;

namespace KubeSharp.Testing;

/// <summary>Finds the repository and the built <c>kubesharp</c> binary from inside a test run.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The directory that holds KubeSharp.slnx.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The build configuration the tests were built with (Debug or Release).</summary>
    public static string Configuration =>
        typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The real executable, built by the same build as the tests.</summary>
    public static string KubeSharpBinary
    {
        get
        {
            var path = Path.Combine(Root, "src", "KubeSharp", "bin", Configuration, "net10.0", "kubesharp");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"kubesharp is not built for {Configuration}; build the solution first", path);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KubeSharp.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KubeSharp.slnx not found above " + AppContext.BaseDirectory);
    }
}

using System.Text.Json.Nodes;

namespace KubeSharp.Api.Tests.Corpus;

/// <summary>The round-trip corpus copied next to the test assembly: Corpus/&lt;group&gt;/*.json.</summary>
internal static class CorpusFiles
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Paths relative to <see cref="Root"/>, with '/' separators, in a stable order.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static JsonNode Load(string relativePath) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Root, relativePath)))
            ?? throw new InvalidDataException($"{relativePath} holds JSON null");
}

namespace KubeSharp.Machinery.Schema;

/// <summary>One field of a struct schema: its JSON name, value schema and patch strategy markers.</summary>
public sealed class FieldSchema
{
    internal FieldSchema(string name, TypeSchema type, IReadOnlyList<string> patchStrategies, string? patchMergeKey)
    {
        Name = name;
        Type = type;
        PatchStrategies = patchStrategies;
        PatchMergeKey = patchMergeKey;
    }

    /// <summary>The JSON name (<c>containers</c>, <c>podIPs</c>).</summary>
    public string Name { get; }

    public TypeSchema Type { get; }

    /// <summary>Upstream's <c>patchStrategy</c> tag split on commas ("merge", "retainKeys", "replace").</summary>
    public IReadOnlyList<string> PatchStrategies { get; }

    /// <summary>Upstream's <c>patchMergeKey</c> tag, or null.</summary>
    public string? PatchMergeKey { get; }
}

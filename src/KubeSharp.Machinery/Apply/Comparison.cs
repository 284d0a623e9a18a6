namespace KubeSharp.Machinery.Apply;

/// <summary>What changed between two versions of an object, as field sets (structured-merge-diff's Comparison).</summary>
public sealed class Comparison
{
    public FieldSet Added { get; } = new();

    public FieldSet Modified { get; } = new();

    public FieldSet Removed { get; } = new();

    public bool IsSame => Added.IsEmpty && Modified.IsEmpty && Removed.IsEmpty;
}

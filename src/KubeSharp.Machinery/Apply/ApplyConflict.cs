namespace KubeSharp.Machinery.Apply;

/// <summary>One field another manager owns with a different value (structured-merge-diff's merge.Conflict).</summary>
/// <param name="Manager">The owning manager's identifier (JSON of manager, operation, apiVersion, subresource).</param>
/// <param name="Path">The conflicting field.</param>
public sealed record ApplyConflict(string Manager, IReadOnlyList<PathElement> Path)
{
    /// <summary>Upstream's path string: <c>.spec.replicas</c>.</summary>
    public string PathString => FieldSet.PathString(Path);
}

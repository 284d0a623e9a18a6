namespace KubeSharp.Machinery.Apply;

/// <summary>
/// An apply that would change fields other managers own, without force (structured-merge-diff's
/// merge.Conflicts). The message is upstream's; the API server turns it into a 409 with one cause per
/// conflict (see <see cref="ManagerConflicts"/>).
/// </summary>
public sealed class ApplyConflictException : Exception
{
    public ApplyConflictException()
        : this([])
    {
    }

    public ApplyConflictException(string message)
        : base(message)
    {
        Conflicts = [];
    }

    public ApplyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Conflicts = [];
    }

    public ApplyConflictException(IReadOnlyList<ApplyConflict> conflicts)
        : base(ManagerConflicts.Message(conflicts))
    {
        Conflicts = conflicts;
    }

    public IReadOnlyList<ApplyConflict> Conflicts { get; }
}

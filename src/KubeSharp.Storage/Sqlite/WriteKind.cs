namespace KubeSharp.Storage.Sqlite;

/// <summary>What a <see cref="WriteRequest"/> asks the writer to do.</summary>
internal enum WriteKind
{
    /// <summary>Write only if the key is absent.</summary>
    Create,

    /// <summary>Write only if the key's modRevision equals <see cref="WriteRequest.Expected"/>.</summary>
    Update,

    /// <summary>Write unconditionally.</summary>
    Put,

    /// <summary>Delete; guarded when <see cref="WriteRequest.Expected"/> is not 0.</summary>
    Delete,

    GrantLease,

    /// <summary>Delete the lease's keys (one revision each) and the lease.</summary>
    RevokeLease,

    /// <summary>Durably move the compact revision (reads below it fail from then on).</summary>
    CompactStart,

    /// <summary>Remove superseded history rows in one bounded range of revisions; runs in its own transaction.</summary>
    CompactChunk,

    /// <summary>Return free pages to the file system; runs in its own transaction.</summary>
    Vacuum,
}

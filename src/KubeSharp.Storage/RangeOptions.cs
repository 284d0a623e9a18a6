namespace KubeSharp.Storage;

/// <summary>
/// A read of every key under <see cref="Prefix"/>, in key order (bytes of the UTF-8 key, like etcd).
/// </summary>
/// <remarks>
/// This is what the API server's list needs: a prefix (<c>/registry/pods/ns/</c>), an optional start key
/// to continue a paginated list, a limit, a revision for a consistent snapshot across pages, and
/// count-only for <c>remainingItemCount</c>-style counting.
/// </remarks>
public sealed record RangeOptions
{
    public RangeOptions(string prefix)
    {
        Prefix = prefix;
    }

    /// <summary>Every key that starts with this string is in range; the empty prefix selects every key.</summary>
    public string Prefix { get; init; }

    /// <summary>First key to return (inclusive); null starts at <see cref="Prefix"/>. Must start with the prefix.</summary>
    public string? StartKey { get; init; }

    /// <summary>Maximum number of keys to return; 0 means no limit.</summary>
    public long Limit { get; init; }

    /// <summary>Revision to read at; 0 reads the current revision.</summary>
    public long Revision { get; init; }

    /// <summary>Return only <see cref="RangeResult.Count"/>, no key-values.</summary>
    public bool CountOnly { get; init; }
}

namespace KubeSharp.Storage.Memory;

/// <summary>
/// Every retained version of one key in revision order, as etcd's <c>keyIndex</c>; a deletion is a tombstone
/// (a <see cref="KeyValue"/> with version 0).
/// </summary>
internal sealed class MemoryKeyHistory
{
    public List<KeyValue> Versions { get; } = [];

    /// <summary>The live version now, or null if the key is deleted.</summary>
    public KeyValue? Current => Versions.Count > 0 && Versions[^1].Version > 0 ? Versions[^1] : null;

    /// <summary>The version live at <paramref name="revision"/>, or null.</summary>
    public KeyValue? At(long revision)
    {
        var index = IndexAt(revision);
        return index >= 0 && Versions[index].Version > 0 ? Versions[index] : null;
    }

    /// <summary>Index of the last version at or below the revision, or -1.</summary>
    public int IndexAt(long revision)
    {
        int low = 0, high = Versions.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (Versions[middle].ModRevision <= revision)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}

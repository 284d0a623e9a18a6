namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// Per-scheduling-cycle storage shared by plugins (upstream's framework.CycleState). Only the scheduling
/// thread and its preemption dry runs touch one instance, so it is not synchronized.
/// </summary>
public sealed class CycleState
{
    private readonly Dictionary<string, IStateData> _storage = new(StringComparer.Ordinal);

    /// <summary>Filter plugins whose PreFilter returned Skip.</summary>
    public HashSet<string> SkipFilterPlugins { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Score plugins whose PreScore returned Skip.</summary>
    public HashSet<string> SkipScorePlugins { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Per-cycle cache of which filter plugins to skip, by position, so Filter does not hash names per node.</summary>
    internal bool[]? FilterSkipMask { get; set; }

    public void Write(string key, IStateData data) => _storage[key] = data;

    public bool TryRead<T>(string key, out T data)
        where T : class, IStateData
    {
        if (_storage.TryGetValue(key, out var value) && value is T typed)
        {
            data = typed;
            return true;
        }

        data = null!;
        return false;
    }

    public void Delete(string key) => _storage.Remove(key);

    public CycleState Clone()
    {
        var copy = new CycleState
        {
            SkipFilterPlugins = new HashSet<string>(SkipFilterPlugins, StringComparer.Ordinal),
            SkipScorePlugins = new HashSet<string>(SkipScorePlugins, StringComparer.Ordinal),
        };
        foreach (var (key, value) in _storage)
        {
            copy._storage[key] = value.Clone();
        }

        return copy;
    }
}

using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Apply;

/// <summary>
/// structured-merge-diff's merge.Updater: computes field ownership for updates and merges applied
/// configurations, detecting conflicts and removing fields an applier stopped applying.
/// Managers are keyed by <see cref="ManagerIdentifier"/> strings.
/// </summary>
internal sealed class Updater(TypeSchema schema, FieldSet? ignoredFields = null)
{
    private readonly FieldSet _ignored = ignoredFields ?? FieldSet.Empty;

    /// <summary>
    /// Records the fields <paramref name="manager"/> changed going from <paramref name="live"/> to
    /// <paramref name="updated"/>: it takes them from everyone else (updates always force).
    /// </summary>
    public Dictionary<string, VersionedSet> Update(object? live, object? updated, string version, Dictionary<string, VersionedSet> managers, string manager)
    {
        managers = new Dictionary<string, VersionedSet>(managers, StringComparer.Ordinal);
        var compare = UpdateOthers(live, updated, version, managers, manager, force: true);
        var previous = managers.TryGetValue(manager, out var own) ? own.Set : new FieldSet();
        var set = previous.Difference(compare.Removed).Union(compare.Modified).Union(compare.Added).RecursiveDifference(_ignored);
        managers[manager] = new VersionedSet(set, version, false);
        if (set.IsEmpty)
        {
            managers.Remove(manager);
        }

        return managers;
    }

    /// <summary>
    /// Merges <paramref name="config"/> into <paramref name="live"/> for an applier. Returns the new object
    /// (null when nothing changed) and the new ownership.
    /// </summary>
    /// <exception cref="ApplyConflictException">when other managers own changed fields and <paramref name="force"/> is false.</exception>
    public (object? Result, Dictionary<string, VersionedSet> Managers) Apply(object? live, object? config, string version, Dictionary<string, VersionedSet> managers, string manager, bool force)
    {
        managers = new Dictionary<string, VersionedSet>(managers, StringComparer.Ordinal);
        var merged = TypedValue.Merge(live ?? TypedValue.Missing, config ?? TypedValue.Missing, schema);
        managers.TryGetValue(manager, out var lastSet);
        var set = TypedValue.ToFieldSet(config, schema).RecursiveDifference(_ignored);
        managers[manager] = new VersionedSet(set, version, true);
        merged = Prune(merged, managers, lastSet);
        UpdateOthers(live, merged, version, managers, manager, force);
        var result = ReferenceEquals(merged, TypedValue.Missing) ? new Dictionary<string, object?>(StringComparer.Ordinal) : merged;
        return (ValueOrder.Equal(live, result) ? null : result, managers);
    }

    /// <summary>
    /// Takes changed fields away from every manager but <paramref name="workflow"/>, or reports them as
    /// conflicts (upstream's update).
    /// </summary>
    private Comparison UpdateOthers(object? oldObject, object? newObject, string version, Dictionary<string, VersionedSet> managers, string workflow, bool force)
    {
        var compare = TypedValue.Compare(oldObject ?? TypedValue.Missing, newObject ?? TypedValue.Missing, schema);
        var changed = compare.Modified.Union(compare.Added).RecursiveDifference(_ignored);
        var removed = compare.Removed.RecursiveDifference(_ignored);
        var conflicts = new Dictionary<string, FieldSet>(StringComparer.Ordinal);
        foreach (var (manager, owned) in managers)
        {
            if (manager == workflow)
            {
                continue;
            }

            var conflictSet = owned.Set.Intersection(changed);
            if (!conflictSet.IsEmpty)
            {
                conflicts[manager] = conflictSet;
            }
        }

        if (!force && conflicts.Count > 0)
        {
            var list = new List<ApplyConflict>();
            foreach (var manager in conflicts.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                list.AddRange(conflicts[manager].Paths().Select(p => new ApplyConflict(manager, p)));
            }

            throw new ApplyConflictException(list);
        }

        foreach (var manager in managers.Keys.ToList())
        {
            if (manager == workflow)
            {
                continue;
            }

            var owned = managers[manager];
            var set = owned.Set;
            if (conflicts.TryGetValue(manager, out var conflictSet))
            {
                set = set.Difference(conflictSet);
            }

            if (!removed.IsEmpty)
            {
                set = set.Difference(removed);
            }

            if (set.IsEmpty)
            {
                managers.Remove(manager);
            }
            else if (!ReferenceEquals(set, owned.Set))
            {
                managers[manager] = owned with { Set = set };
            }
        }

        return compare;
    }

    /// <summary>
    /// Removes what the applier applied last time but not this time, unless another manager (or the new
    /// configuration) owns it (upstream's prune, addBackOwnedItems and addBackDanglingItems).
    /// </summary>
    private object? Prune(object? merged, Dictionary<string, VersionedSet> managers, VersionedSet? lastSet)
    {
        if (lastSet is null || lastSet.Set.IsEmpty || ReferenceEquals(merged, TypedValue.Missing))
        {
            return merged;
        }

        var pruned = TypedValue.RemoveItems(merged, lastSet.Set.EnsureNamedFieldsAreMembers(schema), schema);

        // Add back whatever some manager (the applier's new set included) still owns.
        var managed = new FieldSet();
        foreach (var owned in managers.Values)
        {
            managed = managed.Union(owned.Set);
        }

        var mergedSet = TypedValue.ToFieldSet(merged, schema).EnsureNamedFieldsAreMembers(schema);
        var prunedSet = ToFieldSetOrEmpty(pruned).EnsureNamedFieldsAreMembers(schema);
        pruned = TypedValue.RemoveItems(merged, mergedSet.Difference(prunedSet.Union(managed.EnsureNamedFieldsAreMembers(schema))), schema);

        // Only ever remove what the applier itself applied before.
        prunedSet = ToFieldSetOrEmpty(pruned).EnsureNamedFieldsAreMembers(schema);
        return TypedValue.RemoveItems(merged, mergedSet.Difference(prunedSet).Intersection(lastSet.Set.EnsureNamedFieldsAreMembers(schema)), schema);
    }

    private FieldSet ToFieldSetOrEmpty(object? value) =>
        ReferenceEquals(value, TypedValue.Missing) ? new FieldSet() : TypedValue.ToFieldSet(value, schema);
}

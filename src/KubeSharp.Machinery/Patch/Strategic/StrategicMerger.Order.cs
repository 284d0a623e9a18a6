using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Patch.Strategic;

internal sealed partial class StrategicMerger
{
    /// <summary>
    /// Sorts the patch items by <paramref name="patchOrder"/> and the server-only items by
    /// <paramref name="serverOrder"/>, then interleaves them (upstream's normalizeElementOrder).
    /// </summary>
    private static List<object?> NormalizeElementOrder(List<object?> patch, List<object?> serverOnly, List<object?> patchOrder, List<object?> serverOrder, string mergeKey, bool isMap)
    {
        patch = NormalizeSliceOrder(patch, patchOrder, mergeKey, isMap);
        serverOnly = NormalizeSliceOrder(serverOnly, serverOrder, mergeKey, isMap);
        return MergeSortedSlice(serverOnly, patch, serverOrder, mergeKey, isMap);
    }

    /// <summary>
    /// Upstream's mergeSortedSlice: take a server-only item first only when both it and the next patch item are
    /// in the live list and it comes earlier there. New patch items therefore land before live-only items.
    /// </summary>
    private static List<object?> MergeSortedSlice(List<object?> left, List<object?> right, List<object?> serverOrder, string mergeKey, bool isMap)
    {
        var size = left.Count + right.Count;
        var result = new List<object?>(size);
        int i = 0, j = 0;

        // Positions of the current left and right items, kept until that side advances.
        int li = -1, liAt = -1, ri = -1, riAt = -1;
        for (var k = 0; k < size; k++)
        {
            if (i >= left.Count && j < right.Count)
            {
                result.Add(right[j++]);
            }
            else if (j >= right.Count && i < left.Count)
            {
                result.Add(left[i++]);
            }
            else
            {
                if (liAt != i)
                {
                    (li, liAt) = (Index(serverOrder, left[i], mergeKey, isMap), i);
                }

                if (riAt != j)
                {
                    (ri, riAt) = (Index(serverOrder, right[j], mergeKey, isMap), j);
                }

                if (li >= 0 && ri >= 0 && li < ri)
                {
                    result.Add(left[i++]);
                }
                else
                {
                    result.Add(right[j++]);
                }
            }
        }

        return result;
    }

    /// <summary>Upstream's normalizeSliceOrder: stable sort by position in <paramref name="order"/>, deletions last.</summary>
    private static List<object?> NormalizeSliceOrder(List<object?> toSort, List<object?> order, string mergeKey, bool isMap)
    {
        List<object?> toDelete = [];
        if (isMap)
        {
            ValidateMergeKeyInLists(mergeKey, toSort, order);
            (toSort, toDelete) = ExtractToDeleteItems(toSort);
        }

        // Upstream's less looks both positions up on every comparison; here each item's position is looked up
        // the first time it is needed and then travels with the item. The sort is Go's, so the order (and any
        // error an uncomparable merge key raises) is upstream's.
        const int NotLookedUp = int.MinValue;
        var keyed = new List<(object? Item, int Position)>(toSort.Count);
        foreach (var item in toSort)
        {
            keyed.Add((item, NotLookedUp));
        }

        int Position(int i)
        {
            var (item, position) = keyed[i];
            if (position == NotLookedUp)
            {
                position = Index(order, item, mergeKey, isMap);
                keyed[i] = (item, position);
            }

            return position;
        }

        bool Less(int a, int b)
        {
            var ia = Position(a);
            if (ia >= 0)
            {
                var ib = Position(b);
                if (ib >= 0)
                {
                    return ia < ib;
                }
            }

            return true;
        }

        GoSort.Stable(keyed, Less);
        toSort = new List<object?>(keyed.Count + toDelete.Count);
        foreach (var (item, _) in keyed)
        {
            toSort.Add(item);
        }

        toSort.AddRange(toDelete);
        return toSort;
    }

    private static void ValidateMergeKeyInLists(string mergeKey, params List<object?>[] lists)
    {
        foreach (var list in lists)
        {
            foreach (var item in list)
            {
                var map = item as Dictionary<string, object?> ?? throw MergePatchErrors.BadArgType("map[string]interface {}", item);
                if (!map.ContainsKey(mergeKey))
                {
                    throw MergePatchErrors.NoMergeKey(map, mergeKey);
                }
            }
        }
    }

    private static (List<object?> NonDelete, List<object?> ToDelete) ExtractToDeleteItems(List<object?> list)
    {
        var nonDelete = new List<object?>(list.Count);
        var toDelete = new List<object?>();
        foreach (var item in list)
        {
            var map = item as Dictionary<string, object?> ?? throw MergePatchErrors.BadArgType("map[string]interface {}", item);
            (map.TryGetValue(DirectiveMarker, out var directive) && directive is DeleteDirective ? toDelete : nonDelete).Add(item);
        }

        return (nonDelete, toDelete);
    }

    /// <summary>Position of an item (by merge key value for objects) in a list, or -1 (upstream's index).</summary>
    private static int Index(List<object?> list, object? value, string mergeKey, bool isMap)
    {
        var wanted = isMap ? MergeKeyValue(value, mergeKey) : value;
        for (var i = 0; i < list.Count; i++)
        {
            var candidate = isMap ? MergeKeyValue(list[i], mergeKey) : list[i];
            if (GoEquals(wanted, candidate))
            {
                return i;
            }
        }

        return -1;
    }

    private static object? MergeKeyValue(object? item, string mergeKey) =>
        item is Dictionary<string, object?> map && map.TryGetValue(mergeKey, out var value) ? value : null;
}

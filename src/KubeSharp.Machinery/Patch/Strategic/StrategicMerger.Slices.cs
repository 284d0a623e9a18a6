using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Patch.Strategic;

internal sealed partial class StrategicMerger
{
    /// <summary>
    /// Merges two lists (upstream's mergeSlice): scalars are unioned (or removed, for a
    /// $deleteFromPrimitiveList), objects are matched on the merge key and merged, new ones appended; then the
    /// result is ordered: patch items in patch order, live-only items in live order, interleaved.
    /// </summary>
    /// <remarks>
    /// Upstream deletes and appends on the live slice in place (Go's append), so after a deletion the items
    /// appended next overwrite the tail of the live list that <see cref="MergePatchIntoOriginal"/> later reads
    /// as the server order. <see cref="GoSlice"/> reproduces that, because the resulting element order is
    /// what users see (kubectl apply that removes one container and adds another next to a server-side one).
    /// </remarks>
    private List<object?> MergeSlice(List<object?> original, List<object?> patch, TypeSchema elementSchema, string mergeKey, bool isDeleteList)
    {
        if (original.Count == 0 && patch.Count == 0)
        {
            return original;
        }

        var isMap = SliceElementIsMap(original, patch);
        List<object?> merged;
        List<object?> serverOrder;
        var patchList = patch;
        if (!isMap)
        {
            if (_mergeParallelList && isDeleteList)
            {
                return DeleteFromSlice(original, patch);
            }

            var both = new List<object?>(original.Count + patch.Count);
            both.AddRange(original);
            both.AddRange(patch);
            merged = DeduplicateScalars(both);
            serverOrder = original;
        }
        else
        {
            if (mergeKey.Length == 0)
            {
                throw MergePatchErrors.Internal("cannot merge lists without merge key for " + GoKindName(elementSchema));
            }

            var slice = new GoSlice(original);
            var (withoutSpecial, replace) = MergeSliceWithSpecialElements(slice, patch, mergeKey);
            if (replace)
            {
                slice = GoSlice.Detached(withoutSpecial);
                patchList = [];
            }
            else
            {
                patchList = withoutSpecial;
            }

            serverOrder = slice.ToList();
            MergeSliceWithoutSpecialElements(slice, patchList, mergeKey, elementSchema);
            merged = slice.ToList();
        }

        var (patchItems, serverOnlyItems) = mergeKey.Length == 0
            ? PartitionPrimitivesByPresentInList(merged, patchList)
            : PartitionMapsByPresentInList(merged, patchList, mergeKey);
        return NormalizeElementOrder(patchItems, serverOnlyItems, patchList, serverOrder, mergeKey, isMap);
    }

    /// <summary>
    /// Handles list items carrying <c>$patch</c>: "delete" removes every live item with that merge key, "replace"
    /// makes the other patch items the whole list, "merge" is not supported (upstream's message).
    /// </summary>
    private static (List<object?> WithoutSpecial, bool Replace) MergeSliceWithSpecialElements(GoSlice original, List<object?> patch, string mergeKey)
    {
        var withoutSpecial = new List<object?>(patch.Count);
        var replace = false;
        foreach (var item in patch)
        {
            var typed = (Dictionary<string, object?>)item!;
            if (!typed.TryGetValue(DirectiveMarker, out var directive))
            {
                withoutSpecial.Add(item);
                continue;
            }

            switch (directive)
            {
                case DeleteDirective:
                    if (!typed.TryGetValue(mergeKey, out var mergeValue))
                    {
                        throw MergePatchErrors.NoMergeKey(typed, mergeKey);
                    }

                    DeleteMatchingEntries(original, mergeKey, mergeValue);
                    break;
                case ReplaceDirective:
                    replace = true;
                    break;
                case MergeDirective:
                    throw MergePatchErrors.Internal("merging lists cannot yet be specified in the patch");
                default:
                    throw MergePatchErrors.BadPatchType(directive, typed);
            }
        }

        return (withoutSpecial, replace);
    }

    private static void DeleteMatchingEntries(GoSlice original, string mergeKey, object? mergeValue)
    {
        while (true)
        {
            var (_, index, found) = FindMapInSliceBasedOnKeyValue(original, mergeKey, mergeValue);
            if (!found)
            {
                return;
            }

            original.RemoveAt(index);
        }
    }

    private void MergeSliceWithoutSpecialElements(GoSlice original, List<object?> patch, string mergeKey, TypeSchema elementSchema)
    {
        foreach (var item in patch)
        {
            var typed = (Dictionary<string, object?>)item!;
            if (!typed.TryGetValue(mergeKey, out var mergeValue))
            {
                throw MergePatchErrors.NoMergeKey(typed, mergeKey);
            }

            var (originalMap, index, found) = FindMapInSliceBasedOnKeyValue(original, mergeKey, mergeValue);
            if (found)
            {
                original[index] = MergeMap(originalMap, typed, elementSchema);
            }
            else
            {
                original.Append(item);
            }
        }
    }

    private static List<object?> DeleteFromSlice(List<object?> current, List<object?> toDelete)
    {
        var processed = new List<object?>(current.Count);
        foreach (var item in current)
        {
            if (!toDelete.Exists(d => GoEquals(d, item, hashing: true)))
            {
                processed.Add(item);
            }
        }

        return processed;
    }

    private static (Dictionary<string, object?>? Map, int Index, bool Found) FindMapInSliceBasedOnKeyValue(IReadOnlyList<object?> list, string key, object? value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not Dictionary<string, object?> typed)
            {
                throw MergePatchErrors.Internal($"value for key {i} is not a map");
            }

            if (typed.TryGetValue(key, out var candidate) && GoEquals(candidate, value))
            {
                return (typed, i, true);
            }
        }

        return (null, 0, false);
    }

    private static (List<object?> Patch, List<object?> ServerOnly) PartitionPrimitivesByPresentInList(List<object?> original, List<object?> partitionBy)
    {
        var patch = new List<object?>(original.Count);
        var serverOnly = new List<object?>(original.Count);
        foreach (var item in original)
        {
            (partitionBy.Exists(p => GoEquals(p, item, hashing: true)) ? patch : serverOnly).Add(item);
        }

        return (patch, serverOnly);
    }

    private static (List<object?> Patch, List<object?> ServerOnly) PartitionMapsByPresentInList(List<object?> original, List<object?> partitionBy, string mergeKey)
    {
        var patch = new List<object?>(original.Count);
        var serverOnly = new List<object?>(original.Count);
        foreach (var item in original)
        {
            var typed = item as Dictionary<string, object?> ?? throw MergePatchErrors.BadArgType("map[string]interface {}", item);
            if (!typed.TryGetValue(mergeKey, out var mergeValue))
            {
                throw MergePatchErrors.NoMergeKey(typed, mergeKey);
            }

            (FindMapInSliceBasedOnKeyValue(partitionBy, mergeKey, mergeValue).Found ? patch : serverOnly).Add(item);
        }

        return (patch, serverOnly);
    }

    /// <summary>Upstream's deduplicateScalars, including the order it leaves behind (moves the last item into a duplicate's place).</summary>
    private static List<object?> DeduplicateScalars(List<object?> s)
    {
        var length = s.Count - 1;
        for (var i = 0; i < length; i++)
        {
            for (var j = i + 1; j <= length; j++)
            {
                if (GoEquals(s[i], s[j]))
                {
                    s[j] = s[length];
                    s.RemoveAt(length);
                    length--;
                    j--;
                }
            }
        }

        return s;
    }

    /// <summary>
    /// Whether the lists hold objects; all items must share one JSON type and not be lists (upstream's
    /// sliceElementType).
    /// </summary>
    private static bool SliceElementIsMap(params List<object?>?[] lists)
    {
        Type? previous = null;
        var seen = false;
        foreach (var list in lists)
        {
            if (list is null)
            {
                continue;
            }

            foreach (var item in list)
            {
                var current = item?.GetType();
                if (!seen)
                {
                    seen = true;
                    previous = current ?? throw MergePatchErrors.Internal("runtime error: invalid memory address or nil pointer dereference");
                    if (current == typeof(List<object?>))
                    {
                        throw MergePatchErrors.Unprocessable(MergePatchErrors.NoListOfLists);
                    }
                }
                else if (previous != current)
                {
                    var printed = "[" + string.Join(" ", lists.Select(l => JsonTree.GoString(l ?? []))) + "]";
                    throw MergePatchErrors.Internal("list element types are not identical: " + printed);
                }
            }
        }

        return seen
            ? previous == typeof(Dictionary<string, object?>)
            : throw MergePatchErrors.Internal("no elements in any of the given slices");
    }

    /// <summary>
    /// Go's == on interface values. Comparing (or hashing) two maps or lists is a runtime panic in Go, which the
    /// API server turns into a 500; so is it here.
    /// </summary>
    private static bool GoEquals(object? left, object? right, bool hashing = false)
    {
        if (left is Dictionary<string, object?> or List<object?> || right is Dictionary<string, object?> or List<object?>)
        {
            var uncomparable = left is Dictionary<string, object?> or List<object?> ? left : right;
            if (hashing || left?.GetType() == right?.GetType())
            {
                throw MergePatchErrors.Internal((hashing ? "runtime error: hash of unhashable type " : "runtime error: comparing uncomparable type ") + JsonTree.GoTypeName(uncomparable));
            }

            return false;
        }

        return JsonTree.ScalarEquals(left, right);
    }

    /// <summary>What upstream's schema Name() prints: the Go kind of the element type.</summary>
    private static string GoKindName(TypeSchema schema) => schema.Kind switch
    {
        SchemaKind.Struct => "struct",
        SchemaKind.Map => "map",
        SchemaKind.List => "slice",
        SchemaKind.Scalar => "string",
        _ => "interface",
    };
}

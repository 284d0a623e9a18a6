using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Patch.Strategic;

internal sealed partial class StrategicMerger
{
    /// <summary>
    /// <c>$patch</c> in an object: "replace" makes the patch the new value, "delete" empties it; anything else
    /// ("merge" included) is an error, as upstream's handleDirectiveInMergeMap.
    /// </summary>
    private static Dictionary<string, object?> HandleDirectiveInMergeMap(object? directive, Dictionary<string, object?> patch)
    {
        if (directive is ReplaceDirective)
        {
            patch.Remove(DirectiveMarker);
            return patch;
        }

        if (directive is DeleteDirective)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        throw MergePatchErrors.BadPatchType(directive, patch);
    }

    /// <summary>
    /// <c>$retainKeys</c>: every non-null key of the patch must be listed, and keys of the original that are not
    /// listed are cleared (upstream's applyRetainKeysDirective).
    /// </summary>
    private void ApplyRetainKeysDirective(Dictionary<string, object?> original, Dictionary<string, object?> patch)
    {
        if (!patch.Remove(RetainKeysDirective, out var retainKeys))
        {
            return;
        }

        if (!_mergeParallelList)
        {
            if (original.TryGetValue(RetainKeysDirective, out var inOriginal))
            {
                if (!JsonTree.DeepEquals(inOriginal, retainKeys))
                {
                    throw MergePatchErrors.Internal($"{JsonTree.GoString(inOriginal)} and {JsonTree.GoString(retainKeys)} are not deep equal: this may happen when calculating the 3-way diff patch");
                }
            }
            else
            {
                original[RetainKeysDirective] = retainKeys;
            }

            return;
        }

        if (retainKeys is not List<object?> list)
        {
            throw MergePatchErrors.BadRequest(MergePatchErrors.BadPatchFormatForRetainKeys);
        }

        bool Retained(string key) => list.Exists(item => item is string s && s == key);

        foreach (var (key, value) in patch)
        {
            if (value is null
                || key.StartsWith(DeleteFromPrimitiveListDirectivePrefix, StringComparison.Ordinal)
                || key.StartsWith(SetElementOrderDirectivePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (!Retained(key))
            {
                throw MergePatchErrors.BadRequest(MergePatchErrors.BadPatchFormatForRetainKeys);
            }
        }

        foreach (var key in original.Keys.ToList())
        {
            if (!Retained(key))
            {
                original.Remove(key);
            }
        }
    }

    /// <summary>
    /// Processes each <c>$setElementOrder/&lt;list&gt;</c> with its list: merges the list, then orders the result by
    /// the directive, the patch and the live object, in that precedence (upstream's mergePatchIntoOriginal).
    /// </summary>
    private void MergePatchIntoOriginal(Dictionary<string, object?> original, Dictionary<string, object?> patch, TypeSchema schema)
    {
        List<string>? orderKeys = null;
        foreach (var key in patch.Keys)
        {
            if (key.StartsWith(SetElementOrderDirectivePrefix, StringComparison.Ordinal))
            {
                (orderKeys ??= []).Add(key);
            }
        }

        if (orderKeys is null)
        {
            return;
        }

        foreach (var key in orderKeys)
        {
            var setElementOrder = patch[key];
            if (!_mergeParallelList)
            {
                if (original.TryGetValue(key, out var inOriginal))
                {
                    if (!JsonTree.DeepEquals(inOriginal, setElementOrder))
                    {
                        throw MergePatchErrors.BadRequest(MergePatchErrors.BadPatchFormatForSetElementOrderList);
                    }
                }
                else
                {
                    original[key] = setElementOrder;
                }
            }

            patch.Remove(key);
            if (setElementOrder is not List<object?> orderList)
            {
                throw MergePatchErrors.BadArgType("[]interface {}", setElementOrder);
            }

            var originalKey = ExtractKey(key, SetElementOrderDirectivePrefix);
            List<object?>? originalFieldValue = null;
            List<object?>? patchFieldValue = null;
            var foundOriginal = original.TryGetValue(originalKey, out var originalList);
            var foundPatch = patch.TryGetValue(originalKey, out var patchList);
            if (foundOriginal)
            {
                originalFieldValue = originalList as List<object?> ?? throw MergePatchErrors.BadArgType("[]interface {}", originalList);
            }

            if (foundPatch)
            {
                patchFieldValue = patchList as List<object?> ?? throw MergePatchErrors.BadArgType("[]interface {}", patchList);
            }

            var (elementSchema, strategies, mergeKeyOrNull) = LookupPatchMetadataForSlice(schema, originalKey);
            var strategy = ExtractRetainKeysPatchStrategy(strategies).Strategy;
            var mergeKey = mergeKeyOrNull ?? "";
            ValidatePatchWithSetOrderList(patchFieldValue, orderList, mergeKey);

            List<object?> merged;
            if (foundOriginal && !foundPatch)
            {
                merged = originalFieldValue!;
            }
            else if (!foundOriginal && foundPatch)
            {
                merged = (List<object?>)RemoveDirectives(patchFieldValue).Value!;
            }
            else if (foundOriginal && foundPatch)
            {
                merged = MergeSliceHandler(originalFieldValue!, patchFieldValue!, elementSchema, strategy, mergeKey, isDeleteList: false);
            }
            else
            {
                continue;
            }

            var (patchItems, serverOnlyItems) = mergeKey.Length == 0
                ? PartitionPrimitivesByPresentInList(merged, orderList)
                : PartitionMapsByPresentInList(merged, orderList, mergeKey);
            var kindIsMap = SliceElementIsMap(originalFieldValue, patchFieldValue);
            original[originalKey] = NormalizeElementOrder(patchItems, serverOnlyItems, orderList, originalFieldValue ?? [], mergeKey, kindIsMap);
            patch.Remove(originalKey);
        }
    }

    /// <summary>
    /// Checks that the patch list's items appear in the $setElementOrder list in the same relative order
    /// (deletions and directive items aside), as upstream's validatePatchWithSetOrderList.
    /// </summary>
    private static void ValidatePatchWithSetOrderList(List<object?>? patchList, List<object?> setOrderList, string mergeKey)
    {
        if (setOrderList.Count == 0 || patchList is null || patchList.Count == 0)
        {
            return;
        }

        var nonDelete = mergeKey.Length > 0 ? ExtractToDeleteItems(patchList).NonDelete : patchList;
        int patchIndex = 0, orderIndex = 0;
        while (patchIndex < nonDelete.Count && orderIndex < setOrderList.Count)
        {
            if (ContainsDirectiveMarker(nonDelete[patchIndex]))
            {
                patchIndex++;
                continue;
            }

            if (MergeKeyValueEqual(nonDelete[patchIndex], setOrderList[orderIndex], mergeKey))
            {
                patchIndex++;
            }

            orderIndex++;
        }

        if (patchIndex < nonDelete.Count && orderIndex >= setOrderList.Count)
        {
            throw MergePatchErrors.Internal($"the order in patch list:\n{JsonTree.GoString(patchList)}\n doesn't match {SetElementOrderDirectivePrefix} list:\n{JsonTree.GoString(setOrderList)}");
        }
    }

    private static bool ContainsDirectiveMarker(object? item) =>
        item is Dictionary<string, object?> map && map.ContainsKey(DirectiveMarker);

    private static bool MergeKeyValueEqual(object? left, object? right, string mergeKey)
    {
        if (mergeKey.Length == 0)
        {
            return GoEquals(left, right);
        }

        var typedLeft = left as Dictionary<string, object?> ?? throw MergePatchErrors.BadArgType("map[string]interface {}", left);
        var typedRight = right as Dictionary<string, object?> ?? throw MergePatchErrors.BadArgType("map[string]interface {}", right);
        if (!typedLeft.TryGetValue(mergeKey, out var leftKey))
        {
            throw MergePatchErrors.NoMergeKey(typedLeft, mergeKey);
        }

        if (!typedRight.TryGetValue(mergeKey, out var rightKey))
        {
            throw MergePatchErrors.NoMergeKey(typedRight, mergeKey);
        }

        return GoEquals(leftKey, rightKey);
    }

    /// <summary>The list name after "$deleteFromPrimitiveList/" or "$setElementOrder/".</summary>
    private static string ExtractKey(string key, string prefix)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || key[..slash] != prefix)
        {
            throw prefix switch
            {
                DeleteFromPrimitiveListDirectivePrefix => MergePatchErrors.BadRequest(MergePatchErrors.BadPatchFormatForPrimitiveList),
                SetElementOrderDirectivePrefix => MergePatchErrors.BadRequest(MergePatchErrors.BadPatchFormatForSetElementOrderList),
                _ => MergePatchErrors.Internal($"fail to find unknown prefix \"{prefix}\" in {key}"),
            };
        }

        return key[(slash + 1)..];
    }

    /// <summary>
    /// Drops directive-carrying objects from a value about to be stored where nothing was merged
    /// (upstream's removeDirectives): an object with <c>$patch</c> is not kept at all.
    /// </summary>
    private static (object? Value, bool Keep) RemoveDirectives(object? value)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                if (map.ContainsKey(DirectiveMarker))
                {
                    return (null, false);
                }

                List<string>? drop = null;
                List<(string, object?)>? replace = null;
                foreach (var (key, item) in map)
                {
                    if (item is not Dictionary<string, object?> and not List<object?>)
                    {
                        continue;
                    }

                    var (cleaned, keep) = RemoveDirectives(item);
                    if (!keep)
                    {
                        (drop ??= []).Add(key);
                    }
                    else if (!ReferenceEquals(cleaned, item))
                    {
                        (replace ??= []).Add((key, cleaned));
                    }
                }

                drop?.ForEach(key => map.Remove(key));
                replace?.ForEach(entry => map[entry.Item1] = entry.Item2);
                return (map, true);
            case List<object?> list:
                var result = new List<object?>(list.Count);
                foreach (var item in list)
                {
                    var (cleaned, keep) = RemoveDirectives(item);
                    if (keep)
                    {
                        result.Add(cleaned);
                    }
                }

                return (result, true);
            default:
                return (value, true);
        }
    }

    /// <summary>Removes null members at any depth of a value taken from the patch (upstream's discardNullValuesFromPatch).</summary>
    private static void DiscardNullValuesFromPatch(object? value)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                List<string>? nulls = null;
                foreach (var (key, item) in map)
                {
                    if (item is null)
                    {
                        (nulls ??= []).Add(key);
                    }
                    else
                    {
                        DiscardNullValuesFromPatch(item);
                    }
                }

                nulls?.ForEach(key => map.Remove(key));
                break;
            case List<object?> list:
                foreach (var item in list)
                {
                    DiscardNullValuesFromPatch(item);
                }

                break;
        }
    }
}

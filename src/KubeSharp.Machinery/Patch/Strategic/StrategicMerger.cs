using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Patch.Strategic;

/// <summary>
/// The apply half of upstream's <c>k8s.io/apimachinery/pkg/util/strategicpatch</c>, over the Go-like JSON tree.
/// Function names and order of operations follow upstream's patch.go (mergeMap, mergeSlice,
/// mergePatchIntoOriginal, …) so results match it, including element order and the places where upstream's
/// in-place slice updates show through (see <see cref="MergeSlice"/>). Both inputs are modified.
/// </summary>
internal sealed partial class StrategicMerger
{
    internal const string DirectiveMarker = "$patch";
    internal const string DeleteDirective = "delete";
    internal const string ReplaceDirective = "replace";
    internal const string MergeDirective = "merge";
    internal const string RetainKeysStrategy = "retainKeys";
    internal const string DeleteFromPrimitiveListDirectivePrefix = "$deleteFromPrimitiveList";
    internal const string RetainKeysDirective = "$retainKeys";
    internal const string SetElementOrderDirectivePrefix = "$setElementOrder";

    private readonly bool _mergeParallelList;
    private readonly bool _ignoreUnmatchedNulls;

    /// <param name="mergeParallelList">Apply $deleteFromPrimitiveList and $setElementOrder (server side: true).</param>
    /// <param name="ignoreUnmatchedNulls">Drop nulls that have nothing to delete (server side: true).</param>
    public StrategicMerger(bool mergeParallelList = true, bool ignoreUnmatchedNulls = true)
    {
        _mergeParallelList = mergeParallelList;
        _ignoreUnmatchedNulls = ignoreUnmatchedNulls;
    }

    /// <summary>Server-side merging, as StrategicMergeMapPatch.</summary>
    public static StrategicMerger ServerSide { get; } = new();

    public Dictionary<string, object?> MergeMap(Dictionary<string, object?>? original, Dictionary<string, object?> patch, TypeSchema schema)
    {
        if (patch.TryGetValue(DirectiveMarker, out var directive))
        {
            return HandleDirectiveInMergeMap(directive, patch);
        }

        original ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        ApplyRetainKeysDirective(original, patch);
        MergePatchIntoOriginal(original, patch, schema);

        foreach (var (patchKey, patchValue) in patch)
        {
            var key = patchKey;
            var isDeleteList = false;
            if (key.StartsWith(DeleteFromPrimitiveListDirectivePrefix, StringComparison.Ordinal))
            {
                if (!_mergeParallelList)
                {
                    original[key] = patchValue;
                    continue;
                }

                key = ExtractKey(key, DeleteFromPrimitiveListDirectivePrefix);
                isDeleteList = true;
            }

            // A null deletes the key; with IgnoreUnmatchedNulls it never lands in the result.
            if (patchValue is null)
            {
                original.Remove(key);
                if (_ignoreUnmatchedNulls)
                {
                    continue;
                }
            }

            if (!original.TryGetValue(key, out var originalValue) || !SameGoType(originalValue, patchValue))
            {
                if (!isDeleteList)
                {
                    TakePatchValue(original, key, patchValue);
                }

                continue;
            }

            switch (originalValue)
            {
                case Dictionary<string, object?> originalMap:
                    var (mapSchema, mapStrategies, _) = LookupPatchMetadataForStruct(schema, key);
                    var mapStrategy = ExtractRetainKeysPatchStrategy(mapStrategies).Strategy;
                    original[key] = MergeMapHandler(originalMap, (Dictionary<string, object?>)patchValue!, mapSchema, mapStrategy);
                    break;
                case List<object?> originalList:
                    var (elementSchema, sliceStrategies, mergeKey) = LookupPatchMetadataForSlice(schema, key);
                    var sliceStrategy = ExtractRetainKeysPatchStrategy(sliceStrategies).Strategy;
                    original[key] = MergeSliceHandler(originalList, (List<object?>)patchValue!, elementSchema, sliceStrategy, mergeKey, isDeleteList);
                    break;
                default:
                    TakePatchValue(original, key, patchValue, discardNulls: false);
                    break;
            }
        }

        return original;
    }

    private void TakePatchValue(Dictionary<string, object?> original, string key, object? patchValue, bool discardNulls = true)
    {
        if (discardNulls && _ignoreUnmatchedNulls)
        {
            DiscardNullValuesFromPatch(patchValue);
        }

        var (value, keep) = RemoveDirectives(patchValue);
        if (keep)
        {
            original[key] = value;
        }
        else
        {
            original.Remove(key);
        }
    }

    private Dictionary<string, object?> MergeMapHandler(Dictionary<string, object?> original, Dictionary<string, object?> patch, TypeSchema schema, string strategy) =>
        strategy != ReplaceDirective ? MergeMap(original, patch, schema) : patch;

    private List<object?> MergeSliceHandler(List<object?> original, List<object?> patch, TypeSchema elementSchema, string strategy, string? mergeKey, bool isDeleteList) =>
        strategy == MergeDirective || isDeleteList
            ? MergeSlice(original, patch, elementSchema, mergeKey ?? "", isDeleteList)
            : patch;

    /// <summary>reflect.TypeOf(a) == reflect.TypeOf(b) for decoded JSON values.</summary>
    private static bool SameGoType(object? a, object? b) =>
        a is not null && b is not null && a.GetType() == b.GetType();

    /// <summary>
    /// The schema of a struct or map field (upstream's LookupPatchMetadataForStruct). A field the types do not
    /// know is treated as untyped (merge-patch semantics) where upstream would fail.
    /// </summary>
    internal static (TypeSchema Schema, IReadOnlyList<string> Strategies, string? MergeKey) LookupPatchMetadataForStruct(TypeSchema schema, string key)
    {
        switch (schema.Kind)
        {
            case SchemaKind.Map:
                return (schema.Elements ?? TypeSchema.Untyped, [], null);
            case SchemaKind.Struct:
                var field = schema.Field(key);
                return field is null ? (TypeSchema.Untyped, [], null) : (field.Type, field.PatchStrategies, field.PatchMergeKey);
            default:
                return (TypeSchema.Untyped, [], null);
        }
    }

    /// <summary>The element schema and markers of a list field (upstream's LookupPatchMetadataForSlice).</summary>
    internal static (TypeSchema ElementSchema, IReadOnlyList<string> Strategies, string? MergeKey) LookupPatchMetadataForSlice(TypeSchema schema, string key)
    {
        var (fieldSchema, strategies, mergeKey) = LookupPatchMetadataForStruct(schema, key);
        return fieldSchema.Kind == SchemaKind.List
            ? (fieldSchema.Elements ?? TypeSchema.Untyped, strategies, mergeKey)
            : (TypeSchema.Untyped, strategies, mergeKey);
    }

    /// <summary>Splits a patch strategy list into the retainKeys flag and the other strategy.</summary>
    internal static (bool RetainKeys, string Strategy) ExtractRetainKeysPatchStrategy(IReadOnlyList<string> strategies)
    {
        switch (strategies.Count)
        {
            case 0:
                return (false, "");
            case 1:
                return strategies[0] == RetainKeysStrategy ? (true, "") : (false, strategies[0]);
            case 2 when strategies[0] == RetainKeysStrategy:
                return (true, strategies[1]);
            case 2 when strategies[1] == RetainKeysStrategy:
                return (true, strategies[0]);
            default:
                throw MergePatchErrors.Internal($"unexpected patch strategy: [{string.Join(" ", strategies)}]");
        }
    }
}

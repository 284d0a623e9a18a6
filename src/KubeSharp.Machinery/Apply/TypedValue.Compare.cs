using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Apply;

internal static partial class TypedValue
{
    /// <summary>
    /// Which fields were added, modified or removed going from <paramref name="lhs"/> to <paramref name="rhs"/>
    /// (structured-merge-diff's Compare). Objects and list items that appear or disappear are themselves
    /// reported, along with their leaves.
    /// </summary>
    internal static Comparison Compare(object? lhs, object? rhs, TypeSchema schema)
    {
        var comparison = new Comparison();
        CompareNode(lhs, rhs, schema, [], comparison);
        return comparison;
    }

    private static void CompareNode(object? lhs, object? rhs, TypeSchema schema, List<PathElement> path, Comparison result)
    {
        var l = ReferenceEquals(lhs, Missing) ? null : lhs;
        var r = ReferenceEquals(rhs, Missing) ? null : rhs;
        var lMissing = ReferenceEquals(lhs, Missing);
        var rMissing = ReferenceEquals(rhs, Missing);

        var mapShape = IsGranularMap(schema, lMissing ? r : l) && IsGranularMap(schema, rMissing ? l : r);
        if (mapShape)
        {
            var lm = l as Dictionary<string, object?>;
            var rm = r as Dictionary<string, object?>;
            if ((lm is null || lm.Count == 0) && (rm is null || rm.Count == 0))
            {
                CompareLeaf(lhs, rhs, path, result);
                return;
            }

            if (lm is not null)
            {
                foreach (var (key, value) in lm)
                {
                    path.Add(PathElement.Field(key));
                    CompareNode(value, rm is not null && rm.TryGetValue(key, out var rv) ? rv : Missing, FieldSchema(schema, key, out _), path, result);
                    path.RemoveAt(path.Count - 1);
                }
            }

            if (rm is not null)
            {
                foreach (var (key, value) in rm)
                {
                    if (lm is not null && lm.ContainsKey(key))
                    {
                        continue;
                    }

                    path.Add(PathElement.Field(key));
                    CompareNode(Missing, value, FieldSchema(schema, key, out _), path, result);
                    path.RemoveAt(path.Count - 1);
                }
            }

            AfterItem(lMissing, rMissing, path, result);
            return;
        }

        var listShape = IsAssociativeList(schema, lMissing ? r : l) && IsAssociativeList(schema, rMissing ? l : r);
        if (listShape)
        {
            var ll = l as List<object?>;
            var rl = r as List<object?>;
            if ((ll is null || ll.Count == 0) && (rl is null || rl.Count == 0))
            {
                CompareLeaf(lhs, rhs, path, result);
                return;
            }

            var elementSchema = schema.Elements ?? TypeSchema.Untyped;
            var (lhsOrder, observedLhs) = IndexList(schema, ll, null, reportDuplicates: false);
            var (rhsOrder, observedRhs) = IndexList(schema, rl, null, reportDuplicates: false);
            foreach (var element in lhsOrder)
            {
                path.Add(element);
                CompareNode(observedLhs[element], observedRhs.TryGetValue(element, out var right) ? right : Missing, elementSchema, path, result);
                path.RemoveAt(path.Count - 1);
            }

            foreach (var element in rhsOrder)
            {
                if (observedLhs.ContainsKey(element))
                {
                    continue;
                }

                path.Add(element);
                CompareNode(Missing, observedRhs[element], elementSchema, path, result);
                path.RemoveAt(path.Count - 1);
            }

            AfterItem(lMissing, rMissing, path, result);
            return;
        }

        CompareLeaf(lhs, rhs, path, result);
    }

    private static void CompareLeaf(object? lhs, object? rhs, List<PathElement> path, Comparison result)
    {
        if (ReferenceEquals(lhs, Missing))
        {
            result.Added.Insert(path);
        }
        else if (ReferenceEquals(rhs, Missing))
        {
            result.Removed.Insert(path);
        }
        else if (!ValueOrder.Equal(lhs, rhs))
        {
            result.Modified.Insert(path);
        }
    }

    /// <summary>Upstream's post-item hook: a whole object or item that appeared or disappeared is reported too.</summary>
    private static void AfterItem(bool lhsMissing, bool rhsMissing, List<PathElement> path, Comparison result)
    {
        if (lhsMissing)
        {
            result.Added.Insert(path);
        }
        else if (rhsMissing)
        {
            result.Removed.Insert(path);
        }
    }
}

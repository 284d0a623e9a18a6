using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Apply;

internal static partial class TypedValue
{
    /// <summary>
    /// Merges <paramref name="rhs"/> (an applied configuration) into <paramref name="lhs"/> (the live object):
    /// leaves take the right side, objects merge field by field, associative lists merge item by item
    /// (structured-merge-diff's Merge with ruleKeepRHS). Returns <see cref="Missing"/> when neither side has a
    /// value. The result may share leaf values with the inputs.
    /// </summary>
    internal static object? Merge(object? lhs, object? rhs, TypeSchema schema)
    {
        if (ReferenceEquals(lhs, Missing) && ReferenceEquals(rhs, Missing))
        {
            return Missing;
        }

        var l = ReferenceEquals(lhs, Missing) ? null : lhs;
        var r = ReferenceEquals(rhs, Missing) ? null : rhs;
        if (IsGranularMap(schema, l) && IsGranularMap(schema, r) && (l is not null || r is not null))
        {
            var lm = l as Dictionary<string, object?>;
            var rm = r as Dictionary<string, object?>;
            if ((lm is null || lm.Count == 0) && (rm is null || rm.Count == 0))
            {
                return KeepRight(lhs, rhs);
            }

            var output = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (lm is not null)
            {
                foreach (var (key, value) in lm)
                {
                    var right = rm is not null && rm.TryGetValue(key, out var rv) ? rv : Missing;
                    var merged = Merge(value, right, FieldSchema(schema, key, out _));
                    if (!ReferenceEquals(merged, Missing))
                    {
                        output[key] = merged;
                    }
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

                    var merged = Merge(Missing, value, FieldSchema(schema, key, out _));
                    if (!ReferenceEquals(merged, Missing))
                    {
                        output[key] = merged;
                    }
                }
            }

            return output.Count > 0 ? output : Missing;
        }

        if (IsAssociativeList(schema, l) && IsAssociativeList(schema, r) && (l is not null || r is not null))
        {
            var ll = l as List<object?>;
            var rl = r as List<object?>;
            if ((ll is null || ll.Count == 0) && (rl is null || rl.Count == 0))
            {
                return KeepRight(lhs, rhs);
            }

            var merged = MergeListItems(schema, ll, rl);
            return merged.Count > 0 ? merged : Missing;
        }

        return KeepRight(lhs, rhs);
    }

    private static object? KeepRight(object? lhs, object? rhs) => ReferenceEquals(rhs, Missing) ? lhs : rhs;

    /// <summary>
    /// Upstream's list order for a merge: walk both lists; items only on the left stay where they are, shared
    /// items follow the right side's order, and right-only items come in right-side order.
    /// </summary>
    private static List<object?> MergeListItems(TypeSchema schema, List<object?>? lhs, List<object?>? rhs)
    {
        var elementSchema = schema.Elements ?? TypeSchema.Untyped;
        var (rhsOrder, observedRhs) = IndexList(schema, rhs, null, reportDuplicates: false);
        var (lhsOrder, observedLhs) = IndexList(schema, lhs, null, reportDuplicates: false);
        var output = new List<object?>(Math.Max(lhsOrder.Count, rhsOrder.Count));

        var shared = new Queue<PathElement>(rhsOrder.Where(observedLhs.ContainsKey));
        PathElement? nextShared = shared.Count > 0 ? shared.Dequeue() : null;

        void Add(PathElement element, object? left, object? right)
        {
            var merged = Merge(left, right, elementSchema);
            if (!ReferenceEquals(merged, Missing))
            {
                output.Add(merged);
            }
        }

        int li = 0, ri = 0;
        while (li < lhsOrder.Count || ri < rhsOrder.Count)
        {
            if (li < lhsOrder.Count && ri < rhsOrder.Count)
            {
                var element = lhsOrder[li];
                if (element.Equals(rhsOrder[ri]))
                {
                    Add(element, observedLhs[element], observedRhs[element]);
                    li++;
                    ri++;
                    nextShared = shared.Count > 0 ? shared.Dequeue() : null;
                    continue;
                }

                if (observedRhs.ContainsKey(element) && nextShared is not null && !nextShared.Equals(element))
                {
                    // A shared item, but not the one the right side wants next.
                    li++;
                    continue;
                }
            }

            if (li < lhsOrder.Count && !observedRhs.ContainsKey(lhsOrder[li]))
            {
                Add(lhsOrder[li], observedLhs[lhsOrder[li]], Missing);
                li++;
                continue;
            }

            if (ri < rhsOrder.Count)
            {
                var element = rhsOrder[ri];
                Add(element, observedLhs.TryGetValue(element, out var left) ? left : Missing, observedRhs[element]);
                ri++;
                if (nextShared is not null && nextShared.Equals(element))
                {
                    nextShared = shared.Count > 0 ? shared.Dequeue() : null;
                }
            }
            else
            {
                // Only left items already emitted through the right side remain.
                li++;
            }
        }

        return output;
    }
}

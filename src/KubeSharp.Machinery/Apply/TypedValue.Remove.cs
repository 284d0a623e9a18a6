using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Apply;

internal static partial class TypedValue
{
    /// <summary>
    /// Removes from a value every field, map key and associative list item that is a member of
    /// <paramref name="toRemove"/> (structured-merge-diff's RemoveItems). An object left empty becomes null;
    /// the whole value becomes <see cref="Missing"/> when nothing remains at the root.
    /// </summary>
    internal static object? RemoveItems(object? value, FieldSet toRemove, TypeSchema schema)
    {
        if (value is Dictionary<string, object?> map && IsGranularMap(schema, map))
        {
            if (map.Count == 0)
            {
                return Missing;
            }

            var output = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, item) in map)
            {
                var element = PathElement.Field(key);
                if (toRemove.HasMember(element))
                {
                    continue;
                }

                var subset = toRemove.WithPrefix(element);
                if (subset.IsEmpty)
                {
                    output[key] = item;
                }
                else
                {
                    var removed = RemoveItems(item, subset, FieldSchema(schema, key, out _));
                    output[key] = ReferenceEquals(removed, Missing) ? null : removed;
                }
            }

            return output.Count > 0 ? output : Missing;
        }

        if (value is List<object?> list && IsAssociativeList(schema, list))
        {
            if (list.Count == 0)
            {
                return Missing;
            }

            var elementSchema = schema.Elements ?? TypeSchema.Untyped;
            var output = new List<object?>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                var element = ListItemPathElement(schema, i, list[i], out _);
                if (toRemove.HasMember(element))
                {
                    continue;
                }

                var subset = toRemove.WithPrefix(element);
                if (subset.IsEmpty)
                {
                    output.Add(list[i]);
                }
                else
                {
                    var removed = RemoveItems(list[i], subset, elementSchema);
                    output.Add(ReferenceEquals(removed, Missing) ? null : removed);
                }
            }

            return output.Count > 0 ? output : Missing;
        }

        if (value is Dictionary<string, object?> or List<object?>)
        {
            // Atomic maps and lists: a leaf, removed only as a whole by the parent.
            return value;
        }

        return value;
    }
}

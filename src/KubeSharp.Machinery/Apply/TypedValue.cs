using KubeSharp.Api.Fields;
using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Apply;

/// <summary>
/// The schema-aware operations structured-merge-diff performs on typed values, here over the Go-like JSON tree
/// and <see cref="TypeSchema"/>: how a value's children are addressed, and which values are leaves.
/// Objects and maps are granular unless atomic; lists are atomic unless +listType=set or map.
/// </summary>
internal static partial class TypedValue
{
    /// <summary>Stands for "no value" (Go's nil Value), as opposed to JSON null.</summary>
    internal static readonly object Missing = new();

    /// <summary>The schema of the child reached through <paramref name="element"/>.</summary>
    internal static TypeSchema ChildSchema(TypeSchema schema, PathElement element) => schema.Kind switch
    {
        SchemaKind.Struct when element.Kind == PathElementKind.Field => schema.Field(element.FieldName!)?.Type ?? TypeSchema.Untyped,
        SchemaKind.Map when element.Kind == PathElementKind.Field => schema.Elements ?? TypeSchema.Untyped,
        SchemaKind.List => schema.Elements ?? TypeSchema.Untyped,
        _ => TypeSchema.Untyped,
    };

    internal static TypeSchema FieldSchema(TypeSchema schema, string key, out bool declared)
    {
        declared = false;
        switch (schema.Kind)
        {
            case SchemaKind.Struct:
                var field = schema.Field(key);
                declared = field is not null;
                return field?.Type ?? TypeSchema.Untyped;
            case SchemaKind.Map:
                return schema.Elements ?? TypeSchema.Untyped;
            default:
                return TypeSchema.Untyped;
        }
    }

    /// <summary>Whether values of this schema are walked as objects (granular maps or structs).</summary>
    internal static bool IsGranularMap(TypeSchema schema, object? value) =>
        (value is Dictionary<string, object?> || value is null)
        && schema.Kind switch
        {
            SchemaKind.Struct or SchemaKind.Map => !schema.Atomic,
            SchemaKind.Untyped => true,
            _ => false,
        };

    /// <summary>Whether values of this schema are walked as associative lists (set or map).</summary>
    internal static bool IsAssociativeList(TypeSchema schema, object? value) =>
        (value is List<object?> || value is null)
        && schema.Kind == SchemaKind.List
        && schema.ListType is ListTypeAttribute.Set or ListTypeAttribute.Map;

    /// <summary>
    /// The path element of a list item (upstream's listItemToPathElement): key fields for map lists, the value
    /// for sets. A missing key field takes its schema default; the only list-map key with a default among the
    /// built-in types is <c>protocol</c> ("TCP"), as upstream's OpenAPI declares.
    /// </summary>
    internal static PathElement ListItemPathElement(TypeSchema listSchema, int index, object? item, out string? error)
    {
        error = null;
        if (listSchema.ListType == ListTypeAttribute.Map)
        {
            if (listSchema.ListMapKeys.Count == 0)
            {
                error = "associative list without keys has an element that's a map type";
                return PathElement.IndexOf(index);
            }

            if (item is not Dictionary<string, object?> map)
            {
                error = "associative list with keys may not have non-map elements";
                return PathElement.IndexOf(index);
            }

            var key = new List<KeyValuePair<string, object?>>(listSchema.ListMapKeys.Count);
            foreach (var name in listSchema.ListMapKeys)
            {
                if (map.TryGetValue(name, out var value))
                {
                    key.Add(new KeyValuePair<string, object?>(name, value));
                }
                else if (name == "protocol")
                {
                    key.Add(new KeyValuePair<string, object?>(name, "TCP"));
                }
                else
                {
                    error = $"associative list with keys has an element that omits key field \"{name}\" (and doesn't have default value)";
                    return PathElement.IndexOf(index);
                }
            }

            return PathElement.KeyOf(key);
        }

        if (listSchema.ListType == ListTypeAttribute.Set)
        {
            if (item is Dictionary<string, object?> or List<object?>)
            {
                error = "associative list without keys has an element that's a " + (item is List<object?> ? "list type" : "map type");
                return PathElement.IndexOf(index);
            }

            return PathElement.ValueOf(item);
        }

        return PathElement.IndexOf(index);
    }

    /// <summary>Indexes an associative list: path elements in order, first occurrence of each.</summary>
    internal static (List<PathElement> Order, Dictionary<PathElement, object?> Items) IndexList(TypeSchema listSchema, List<object?>? list, List<string>? errors, bool reportDuplicates)
    {
        var order = new List<PathElement>(list?.Count ?? 0);
        var items = new Dictionary<PathElement, object?>(list?.Count ?? 0);
        if (list is null)
        {
            return (order, items);
        }

        for (var i = 0; i < list.Count; i++)
        {
            var element = ListItemPathElement(listSchema, i, list[i], out var error);
            if (error is not null)
            {
                errors?.Add($"element {i}: {error}");
                continue;
            }

            if (!items.TryAdd(element, list[i]))
            {
                if (reportDuplicates)
                {
                    errors?.Add($"duplicate entries for key {element}");
                }

                continue;
            }

            order.Add(element);
        }

        return (order, items);
    }
}

using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Apply;

internal static partial class TypedValue
{
    /// <summary>
    /// The fields a value sets (structured-merge-diff's ToFieldSet): every leaf, every associative list item,
    /// every map key, and object fields that are null or empty. Problems an applied configuration must not
    /// have (missing list keys, duplicate items, undeclared fields) are collected with their paths.
    /// </summary>
    internal static FieldSet ToFieldSet(object? value, TypeSchema schema, List<string>? errors = null, bool strict = false)
    {
        var set = new FieldSet();
        ToFieldSetNode(value, schema, [], set, errors, strict);
        return set;
    }

    private static void ToFieldSetNode(object? value, TypeSchema schema, List<PathElement> path, FieldSet set, List<string>? errors, bool strict)
    {
        if (schema.Kind is SchemaKind.Struct or SchemaKind.Map or SchemaKind.Untyped && value is Dictionary<string, object?> map)
        {
            if (schema.Atomic)
            {
                set.Insert(path);
                return;
            }

            foreach (var (key, item) in map)
            {
                var childSchema = FieldSchema(schema, key, out var declared);
                if (strict && schema.Kind == SchemaKind.Struct && !declared)
                {
                    errors?.Add(FieldSet.PathString([.. path, PathElement.Field(key)]) + ": field not declared in schema");
                    continue;
                }

                path.Add(PathElement.Field(key));
                ToFieldSetNode(item, childSchema, path, set, errors, strict);
                if (item is null || (item is Dictionary<string, object?> child && child.Count == 0) || !declared)
                {
                    set.Insert(path);
                }

                path.RemoveAt(path.Count - 1);
            }

            return;
        }

        if (schema.Kind == SchemaKind.List && value is List<object?> list)
        {
            if (!IsAssociativeList(schema, list))
            {
                set.Insert(path);
                return;
            }

            var listErrors = errors is null ? null : new List<string>();
            var elementSchema = schema.Elements ?? TypeSchema.Untyped;
            var seen = new HashSet<PathElement>();
            for (var i = 0; i < list.Count; i++)
            {
                var element = ListItemPathElement(schema, i, list[i], out var error);
                if (error is not null)
                {
                    listErrors?.Add($"element {i}: {error}");
                    continue;
                }

                if (!seen.Add(element))
                {
                    listErrors?.Add($"duplicate entries for key {element}");
                    continue;
                }

                path.Add(element);
                ToFieldSetNode(list[i], elementSchema, path, set, errors, strict);
                set.Insert(path);
                path.RemoveAt(path.Count - 1);
            }

            if (listErrors is not null)
            {
                foreach (var error in listErrors)
                {
                    errors!.Add(FieldSet.PathString(path) + ": " + error);
                }
            }

            return;
        }

        if (value is null && schema.Kind is not SchemaKind.Scalar)
        {
            return;
        }

        set.Insert(path);
    }
}

using KubeSharp.Api.Serialization;

namespace KubeSharp.Machinery.Internal;

/// <summary>
/// Upstream's apiequality.Semantic.DeepEqual for API values, by their JSON: equal when the serialized forms are
/// the same tree, where (as upstream's Equalities) an empty list equals an absent one. Quantities are
/// serialized canonically, so "1000m" equals "1" as upstream's Quantity comparison does. Empty objects also
/// equal absent ones: JSON cannot tell an empty map (equal to nil upstream) from an empty struct, and calling
/// two values equal that upstream would not only lets an update through that the controller then reconciles.
/// </summary>
internal static class SemanticEquality
{
    public static bool Equal<T>(T? left, T? right)
        where T : class
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        var leftTree = Normalize(JsonTree.Parse(KubeJson.SerializeToUtf8Bytes(left)));
        var rightTree = Normalize(JsonTree.Parse(KubeJson.SerializeToUtf8Bytes(right)));
        return JsonTree.DeepEquals(leftTree, rightTree);
    }

    private static object? Normalize(object? value)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                foreach (var key in map.Keys.ToList())
                {
                    var item = Normalize(map[key]);
                    if (item is null or List<object?> { Count: 0 } or Dictionary<string, object?> { Count: 0 })
                    {
                        map.Remove(key);
                    }
                    else
                    {
                        map[key] = item;
                    }
                }

                return map;
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    list[i] = Normalize(list[i]);
                }

                return list;
            default:
                return value;
        }
    }
}

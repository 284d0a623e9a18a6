using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// Finds and removes the unknown fields a decoded object kept in <see cref="KubeModel.UnknownFields"/>, at any
/// depth: the API server prunes them for fieldValidation=Ignore and Warn, so nothing unknown is stored.
/// Paths are spelled as upstream's strict decoder spells them (<c>spec.containers[0].foo</c>); for the
/// strict check of a request body, with document order and duplicates, use <see cref="StrictDecoding"/>.
/// </summary>
public static class UnknownFields
{
    /// <summary>The path of every unknown field under <paramref name="value"/>: each object's own first, then its fields in declaration order.</summary>
    public static IReadOnlyList<string> Find(KubeModel value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var paths = new List<string>();
        Visit(value, ContractOf(value.GetType()), "", paths, prune: false);
        return paths;
    }

    /// <summary>Removes every unknown field under <paramref name="value"/> in place and returns their paths.</summary>
    public static IReadOnlyList<string> Prune(KubeModel value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var paths = new List<string>();
        Visit(value, ContractOf(value.GetType()), "", paths, prune: true);
        return paths;
    }

    private static JsonTypeInfo? ContractOf(Type type)
    {
        try
        {
            return KubeJson.Options.GetTypeInfo(type);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static void Visit(object? value, JsonTypeInfo? contract, string path, List<string> paths, bool prune)
    {
        if (value is null || contract is null)
        {
            return;
        }

        switch (contract.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (value is KubeModel model && model.UnknownFields is { Count: > 0 } unknown)
                {
                    foreach (var name in unknown.Keys)
                    {
                        paths.Add(Join(path, name));
                    }

                    if (prune)
                    {
                        model.UnknownFields = null;
                    }
                }

                foreach (var property in contract.Properties)
                {
                    if (property.IsExtensionData || property.Get is null || IsOpaque(property.PropertyType))
                    {
                        continue;
                    }

                    var child = property.Get(value);
                    if (child is not null)
                    {
                        Visit(child, ContractOf(child.GetType()), Join(path, property.Name), paths, prune);
                    }
                }

                break;
            case JsonTypeInfoKind.Dictionary when value is IDictionary map:
                foreach (DictionaryEntry entry in map)
                {
                    if (entry.Value is not null)
                    {
                        Visit(entry.Value, ContractOf(entry.Value.GetType()), Join(path, entry.Key.ToString()!), paths, prune);
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when value is IEnumerable items and not string:
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Visit(item, ContractOf(item.GetType()), path + "[" + index + "]", paths, prune);
                    }

                    index++;
                }

                break;
            case JsonTypeInfoKind.None when TransparentWrapper.Of(contract.Type) is { } wrapper:
                // The wrapped schema sits at the wrapper's own path (or its items at path[i]).
                if (wrapper.Single?.GetValue(value) is KubeModel single)
                {
                    Visit(single, ContractOf(single.GetType()), path, paths, prune);
                }

                if (wrapper.List?.GetValue(value) is IList list)
                {
                    Visit(list, ContractOf(list.GetType()), path, paths, prune);
                }

                break;
        }
    }

    private static bool IsOpaque(Type type) =>
        type == typeof(JsonElement) || type == typeof(JsonElement?) || type == typeof(string) || type.IsPrimitive || type == typeof(byte[]);

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}

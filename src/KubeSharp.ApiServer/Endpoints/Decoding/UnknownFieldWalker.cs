using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;
using KubeSharp.Api;

namespace KubeSharp.ApiServer.Endpoints.Decoding;

/// <summary>
/// Finds (and optionally removes) the fields a decoded object did not know, at any depth: every type keeps them
/// in <see cref="KubeModel.UnknownFields"/> (docs/api-types.md). Paths use upstream's strict-decoding form,
/// <c>spec.containers[0].foo</c>.
/// </summary>
public static class UnknownFieldWalker
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string JsonName)[]> Children = new();

    public static List<string> Collect(KubeModel model, bool prune)
    {
        var found = new List<string>();
        Walk(model, "", found, prune);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found, bool prune)
    {
        switch (value)
        {
            case null or string:
                return;
            case KubeModel model:
                if (model.UnknownFields is { Count: > 0 } unknown)
                {
                    foreach (var name in unknown.Keys.Order(StringComparer.Ordinal))
                    {
                        found.Add(path.Length == 0 ? name : path + "." + name);
                    }

                    if (prune)
                    {
                        model.UnknownFields = null;
                    }
                }

                foreach (var (property, jsonName) in ChildrenOf(model.GetType()))
                {
                    Walk(property.GetValue(model), path.Length == 0 ? jsonName : path + "." + jsonName, found, prune);
                }

                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Value, path + "." + entry.Key, found, prune);
                }

                return;
            case IList list:
                for (var i = 0; i < list.Count; i++)
                {
                    Walk(list[i], $"{path}[{i}]", found, prune);
                }

                return;
        }
    }

    /// <summary>The properties that can hold API types, with their JSON names.</summary>
    private static (PropertyInfo Property, string JsonName)[] ChildrenOf(Type type) => Children.GetOrAdd(type, static t =>
    [
        .. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(KubeModel.UnknownFields) && MayHoldModels(p.PropertyType))
            .Select(p => (p, p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicyCamel(p.Name))),
    ]);

    private static bool MayHoldModels(Type type) =>
        typeof(KubeModel).IsAssignableFrom(type)
        || (type.IsGenericType && type.GetGenericArguments().Any(MayHoldModels));

    private static string JsonNamingPolicyCamel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}

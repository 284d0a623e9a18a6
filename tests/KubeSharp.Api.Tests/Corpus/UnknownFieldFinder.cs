using System.Collections;
using System.Reflection;

namespace KubeSharp.Api.Tests.Corpus;

/// <summary>Walks a decoded object graph and lists the JSON paths of every field kept in UnknownFields.</summary>
internal static class UnknownFieldFinder
{
    public static List<string> Find(object root)
    {
        var found = new List<string>();
        Walk(root, "", found);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found)
    {
        switch (value)
        {
            case null or string or byte[]:
                return;
            case KubeModel model when model.UnknownFields is { Count: > 0 } unknown:
                found.AddRange(unknown.Keys.Select(key => Join(path, key)));
                break;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                Walk(entry.Value, Join(path, entry.Key.ToString()!), found);
            }

            return;
        }

        if (value is IList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                Walk(list[i], $"{path}[{i}]", found);
            }

            return;
        }

        var type = value!.GetType();
        if (type.Namespace?.StartsWith("KubeSharp.Api", StringComparison.Ordinal) != true || type.IsValueType)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != nameof(KubeModel.UnknownFields))
            {
                Walk(property.GetValue(value), Join(path, property.Name), found);
            }
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}

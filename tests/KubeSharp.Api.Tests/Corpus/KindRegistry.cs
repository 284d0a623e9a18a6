using System.Reflection;
using System.Text.Json.Nodes;

namespace KubeSharp.Api.Tests.Corpus;

/// <summary>Finds the C# type for a manifest's apiVersion and kind from the [Kind] attributes; "…List" kinds map to KubeList&lt;T&gt;.</summary>
internal static class KindRegistry
{
    private static readonly Dictionary<(string ApiVersion, string Kind), Type> Kinds = typeof(KubeObject).Assembly
        .GetTypes()
        .Select(type => (Type: type, Kind: type.GetCustomAttribute<KindAttribute>()))
        .Where(entry => entry.Kind is not null)
        .ToDictionary(entry => (entry.Kind!.ApiVersion, entry.Kind.Kind), entry => entry.Type);

    public static IEnumerable<(string ApiVersion, string Kind, Type Type)> All =>
        Kinds.Select(entry => (entry.Key.ApiVersion, entry.Key.Kind, entry.Value));

    public static Type Resolve(JsonNode manifest)
    {
        var apiVersion = manifest["apiVersion"]?.GetValue<string>() ?? throw new InvalidDataException("manifest has no apiVersion");
        var kind = manifest["kind"]?.GetValue<string>() ?? throw new InvalidDataException("manifest has no kind");
        if (Kinds.TryGetValue((apiVersion, kind), out var type))
        {
            return type;
        }

        if (kind.EndsWith("List", StringComparison.Ordinal) && Kinds.TryGetValue((apiVersion, kind[..^"List".Length]), out var item))
        {
            return typeof(KubeList<>).MakeGenericType(item);
        }

        throw new InvalidDataException($"no type is registered for {apiVersion}, Kind={kind}");
    }
}

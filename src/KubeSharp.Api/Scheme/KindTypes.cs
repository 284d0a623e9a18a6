using System.Reflection;

namespace KubeSharp.Api.Scheme;

/// <summary>
/// Every API type marked with <see cref="KindAttribute"/>, by group, version and kind — including the kinds that
/// are no resource of their own and so have no Scheme entry (autoscaling/v1 Scale, policy/v1 Eviction,
/// meta/v1 DeleteOptions), which subresources and request bodies still name.
/// </summary>
public static class KindTypes
{
    private static readonly Lazy<Dictionary<GroupVersionKind, Type>> Types = new(() => typeof(KubeModel).Assembly.GetTypes()
        .Select(type => (Type: type, Kind: type.GetCustomAttribute<KindAttribute>(inherit: false)))
        .Where(entry => entry.Kind is not null && !entry.Type.IsAbstract)
        .GroupBy(entry => new GroupVersionKind(entry.Kind!.Group, entry.Kind.Version, entry.Kind.Kind))
        .ToDictionary(group => group.Key, group => group.First().Type));

    /// <summary>The C# type of a kind: the Scheme's when registered, otherwise the type whose [Kind] names it.</summary>
    public static Type? Find(KubeScheme scheme, GroupVersionKind kind)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return scheme.FindType(kind) ?? Types.Value.GetValueOrDefault(kind);
    }
}

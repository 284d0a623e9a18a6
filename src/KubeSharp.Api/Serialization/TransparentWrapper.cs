using System.Collections.Concurrent;
using System.Reflection;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// A type with its own converter that carries an API object in the JSON position it occupies, such as
/// JSONSchemaPropsOrBool (<c>true</c> or a schema) and JSONSchemaPropsOrArray (a schema or a list of them):
/// the schema found through it is checked and pruned like any other object, at the wrapper's own path.
/// </summary>
internal sealed class TransparentWrapper
{
    private static readonly ConcurrentDictionary<Type, TransparentWrapper?> Cache = new();

    private TransparentWrapper(PropertyInfo? single, PropertyInfo? list, Type? listElement)
    {
        Single = single;
        List = list;
        ListElement = listElement;
    }

    /// <summary>The property holding the object form ({…}), if any.</summary>
    public PropertyInfo? Single { get; }

    /// <summary>The property holding the list form ([{…}, …]), if any.</summary>
    public PropertyInfo? List { get; }

    public Type? ListElement { get; }

    /// <summary>The wrapper shape of <paramref name="type"/>, or null when it carries no API object.</summary>
    public static TransparentWrapper? Of(Type type) => Cache.GetOrAdd(type, static type =>
    {
        if (!type.IsClass || type == typeof(string) || typeof(KubeModel).IsAssignableFrom(type) || type.Namespace?.StartsWith("KubeSharp.Api", StringComparison.Ordinal) != true)
        {
            return null;
        }

        PropertyInfo? single = null;
        PropertyInfo? list = null;
        Type? element = null;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (single is null && typeof(KubeModel).IsAssignableFrom(property.PropertyType))
            {
                single = property;
            }
            else if (list is null && property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
                && typeof(KubeModel).IsAssignableFrom(property.PropertyType.GetGenericArguments()[0]))
            {
                list = property;
                element = property.PropertyType.GetGenericArguments()[0];
            }
        }

        return single is null && list is null ? null : new TransparentWrapper(single, list, element);
    });
}

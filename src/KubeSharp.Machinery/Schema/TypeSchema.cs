using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using KubeSharp.Api;
using KubeSharp.Api.Fields;

namespace KubeSharp.Machinery.Schema;

/// <summary>
/// What strategic merge patch and server-side apply need to know about a value's type, read once by
/// reflection from the API types' attributes ([PatchMergeKey], [PatchStrategy], [ListType], [ListMapKeys],
/// [MapType], [StructType]) and cached. It plays the part of upstream's struct tags (strategicpatch's
/// PatchMetaFromStruct) and of the OpenAPI-derived schema structured-merge-diff reads.
/// </summary>
public sealed class TypeSchema
{
    private static readonly ConcurrentDictionary<Type, TypeSchema> Cache = new();

    private readonly Lazy<Dictionary<string, FieldSchema>>? _fields;

    private TypeSchema(SchemaKind kind, string name, Type? clrType)
    {
        Kind = kind;
        Name = name;
        ClrType = clrType;
        ListType = ListTypeAttribute.Atomic;
        ListMapKeys = [];
        if (kind == SchemaKind.Struct && clrType is not null)
        {
            _fields = new Lazy<Dictionary<string, FieldSchema>>(() => BuildFields(clrType), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>Schema for JSON whose type is unknown: merge-patch semantics, owned atomically by apply.</summary>
    public static TypeSchema Untyped { get; } = new(SchemaKind.Untyped, "unknown", null);

    /// <summary>Schema for a scalar of unknown type.</summary>
    public static TypeSchema Scalar { get; } = new(SchemaKind.Scalar, "scalar", null);

    public SchemaKind Kind { get; }

    /// <summary>The type name upstream prints in errors (the Go type name, which our type names follow).</summary>
    public string Name { get; }

    public Type? ClrType { get; }

    /// <summary>For lists: the element schema. For maps: the value schema.</summary>
    public TypeSchema? Elements { get; private init; }

    /// <summary>For lists: "atomic" (default), "set" or "map" (<c>+listType</c>).</summary>
    public string ListType { get; private init; }

    /// <summary>For lists of type "map": the key fields (<c>+listMapKey</c>).</summary>
    public IReadOnlyList<string> ListMapKeys { get; private init; }

    /// <summary>For maps and structs: owned as a whole by apply (<c>+mapType=atomic</c>, <c>+structType=atomic</c>).</summary>
    public bool Atomic { get; private init; }

    public IReadOnlyCollection<FieldSchema> Fields => _fields is null ? [] : _fields.Value.Values;

    /// <summary>The schema of a CLR type (cached).</summary>
    public static TypeSchema For(Type type) => Cache.GetOrAdd(type, Create);

    public static TypeSchema For<T>() => For(typeof(T));

    /// <summary>A struct field by JSON name, or null when the type has no such field.</summary>
    public FieldSchema? Field(string jsonName) =>
        _fields is not null && _fields.Value.TryGetValue(jsonName, out var field) ? field : null;

    public override string ToString() => Name;

    private static TypeSchema Create(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(type))
        {
            return new TypeSchema(SchemaKind.Scalar, type.Name, type);
        }

        if (type == typeof(JsonElement) || type == typeof(JsonNode) || type == typeof(object) || typeof(JsonNode).IsAssignableFrom(type))
        {
            return new TypeSchema(SchemaKind.Untyped, type.Name, type);
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            return new TypeSchema(SchemaKind.Map, type.Name, type) { Elements = For(valueType) };
        }

        if (ListElementType(type) is { } elementType)
        {
            return new TypeSchema(SchemaKind.List, type.Name, type) { Elements = For(elementType) };
        }

        var structType = type.GetCustomAttribute<StructTypeAttribute>();
        return new TypeSchema(SchemaKind.Struct, type.Name, type) { Atomic = structType?.Type == StructTypeAttribute.Atomic };
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(byte[])
        || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(TimeSpan) || type == typeof(Guid)
        || (type.IsValueType && type.Namespace?.StartsWith("KubeSharp.Api", StringComparison.Ordinal) == true)
        || (!typeof(KubeModel).IsAssignableFrom(type) && type.GetCustomAttribute<JsonConverterAttribute>() is not null);

    private static Type? DictionaryValueType(Type type)
    {
        foreach (var candidate in type.GetInterfaces().Append(type))
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IDictionary<,>)
                && candidate.GetGenericArguments()[0] == typeof(string))
            {
                return candidate.GetGenericArguments()[1];
            }
        }

        return null;
    }

    private static Type? ListElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        foreach (var candidate in type.GetInterfaces().Append(type))
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IList<>))
            {
                return candidate.GetGenericArguments()[0];
            }
        }

        return null;
    }

    private static Dictionary<string, FieldSchema> BuildFields(Type type)
    {
        var fields = new Dictionary<string, FieldSchema>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0
                || property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always }
                || property.GetCustomAttribute<JsonExtensionDataAttribute>() is not null)
            {
                continue;
            }

            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var strategies = property.GetCustomAttribute<PatchStrategyAttribute>()?.Strategy
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            var mergeKey = property.GetCustomAttribute<PatchMergeKeyAttribute>()?.Key;
            fields[name] = new FieldSchema(name, ForProperty(property), strategies, mergeKey);
        }

        return fields;
    }

    /// <summary>The schema of a property's value, with the list/map/struct markers carried by the property.</summary>
    private static TypeSchema ForProperty(PropertyInfo property)
    {
        var baseSchema = For(property.PropertyType);
        switch (baseSchema.Kind)
        {
            case SchemaKind.List:
                var listType = property.GetCustomAttribute<ListTypeAttribute>()?.Type;
                var keys = property.GetCustomAttribute<ListMapKeysAttribute>()?.Keys;
                if (listType is null && keys is null)
                {
                    return baseSchema;
                }

                return new TypeSchema(SchemaKind.List, baseSchema.Name, baseSchema.ClrType)
                {
                    Elements = baseSchema.Elements,
                    ListType = listType ?? ListTypeAttribute.Atomic,
                    ListMapKeys = keys ?? [],
                };
            case SchemaKind.Map:
                var mapType = property.GetCustomAttribute<MapTypeAttribute>()?.Type;
                return mapType is null
                    ? baseSchema
                    : new TypeSchema(SchemaKind.Map, baseSchema.Name, baseSchema.ClrType) { Elements = baseSchema.Elements, Atomic = mapType == MapTypeAttribute.Atomic };
            case SchemaKind.Struct:
                var structType = property.GetCustomAttribute<StructTypeAttribute>()?.Type;
                return structType is null || (structType == StructTypeAttribute.Atomic) == baseSchema.Atomic
                    ? baseSchema
                    : new TypeSchema(SchemaKind.Struct, baseSchema.Name, baseSchema.ClrType) { Atomic = structType == StructTypeAttribute.Atomic };
            default:
                return baseSchema;
        }
    }
}

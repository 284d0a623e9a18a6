using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using KubeSharp.Api.ApiExtensions.V1;
using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;
using GroupVersionKind = KubeSharp.Api.Scheme.GroupVersionKind;

namespace KubeSharp.Api.OpenApi;

/// <summary>
/// Builds OpenAPI component schemas from our API types, walking the same System.Text.Json contracts the wire
/// format uses, so property names and shapes cannot drift from what the server serves. Object types become
/// named definitions referenced with <c>$ref</c>; properties carry upstream's extensions from our field
/// attributes (<c>x-kubernetes-patch-merge-key</c>, <c>-patch-strategy</c>, <c>-list-type</c>,
/// <c>-list-map-keys</c>, <c>-map-type</c>); kinds carry <c>x-kubernetes-group-version-kind</c>. Shapes follow
/// upstream's published v3 documents (properties that reference a definition with a description use
/// <c>allOf: [$ref]</c>, as upstream does) — or v2 ones with <see cref="OpenApiVersion.V2"/> (<c>#/definitions/</c>).
/// </summary>
public sealed class OpenApiSchemaBuilder
{
    private readonly OpenApiVersion _version;
    private readonly XmlDocumentation _documentation;
    private readonly Func<Type, IReadOnlyList<GroupVersionKind>> _kindsOf;
    private readonly SortedDictionary<string, JsonObject> _definitions = new(StringComparer.Ordinal);
    private readonly HashSet<Type> _started = [];

    /// <param name="version">v3 (<c>#/components/schemas/</c>) or v2 (<c>#/definitions/</c>).</param>
    /// <param name="documentation">where descriptions come from.</param>
    /// <param name="kindsOf">the group-version-kinds a type is served as (empty for types that are not kinds).</param>
    public OpenApiSchemaBuilder(OpenApiVersion version, XmlDocumentation documentation, Func<Type, IReadOnlyList<GroupVersionKind>> kindsOf)
    {
        _version = version;
        _documentation = documentation;
        _kindsOf = kindsOf;
    }

    /// <summary>Every definition built so far, by name, sorted.</summary>
    public IReadOnlyDictionary<string, JsonObject> Definitions => _definitions;

    /// <summary>The JSON pointer prefix of a definition reference.</summary>
    public string ReferencePrefix => _version == OpenApiVersion.V3 ? "#/components/schemas/" : "#/definitions/";

    /// <summary>Adds <paramref name="type"/> (and everything it reaches) and returns a reference to it.</summary>
    public JsonObject Reference(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = Define(type);
        return new JsonObject { ["$ref"] = ReferencePrefix + name };
    }

    /// <summary>Adds a definition by hand (e.g. meta/v1 Patch, which has no C# type).</summary>
    public void Add(string name, JsonObject schema) => _definitions.TryAdd(name, schema);

    private string Define(Type type)
    {
        var name = OpenApiDefinitionNames.For(type);
        if (!_started.Add(type))
        {
            return name;
        }

        var schema = NamedScalar(type) ?? ObjectSchema(type);
        _definitions[name] = schema;
        return name;
    }

    /// <summary>The definitions upstream publishes for its string-shaped types.</summary>
    private JsonObject? NamedScalar(Type type)
    {
        if (type == typeof(Quantity))
        {
            var schema = Describe(new JsonObject(), type);
            if (_version == OpenApiVersion.V3)
            {
                schema["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "number" });
            }
            else
            {
                schema["type"] = "string";
            }

            return schema;
        }

        if (type == typeof(IntOrString))
        {
            var schema = Describe(new JsonObject { ["format"] = "int-or-string" }, type);
            if (_version == OpenApiVersion.V3)
            {
                schema["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer" }, new JsonObject { ["type"] = "string" });
                schema["x-kubernetes-int-or-string"] = true;
            }
            else
            {
                schema["type"] = "string";
            }

            return schema;
        }

        if (type == typeof(DateTimeOffset) || type == typeof(MicroTime))
        {
            return Describe(new JsonObject { ["type"] = "string", ["format"] = "date-time" }, type);
        }

        return null;
    }

    private JsonObject ObjectSchema(Type type)
    {
        var contract = KubeJson.Options.GetTypeInfo(type);
        var schema = new JsonObject();
        Describe(schema, type);
        schema["type"] = "object";
        if (contract.Kind != JsonTypeInfoKind.Object)
        {
            return schema;
        }

        var properties = new JsonObject();
        foreach (var property in contract.Properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.IsExtensionData)
            {
                continue;
            }

            properties[property.Name] = PropertySchema(property);
        }

        schema["properties"] = properties;
        var kinds = _kindsOf(type);
        if (kinds.Count > 0)
        {
            var array = new JsonArray();
            foreach (var kind in kinds)
            {
                array.Add(new JsonObject { ["group"] = kind.Group, ["kind"] = kind.Kind, ["version"] = kind.Version });
            }

            schema["x-kubernetes-group-version-kind"] = array;
        }

        if (type.GetCustomAttribute<StructTypeAttribute>() is { Type: StructTypeAttribute.Atomic })
        {
            schema["x-kubernetes-map-type"] = "atomic";
        }

        return schema;
    }

    private JsonObject PropertySchema(JsonPropertyInfo property)
    {
        var member = property.AttributeProvider as PropertyInfo;
        var description = member is null ? null : _documentation.Of(member);
        var schema = Inline(property.PropertyType);
        if (schema.ContainsKey("$ref") && (description is not null || HasFieldMetadata(member)))
        {
            // upstream wraps a described reference: {allOf: [{$ref}], description} (v3) or keeps $ref alone (v2).
            schema = _version == OpenApiVersion.V3
                ? new JsonObject { ["allOf"] = new JsonArray(schema), ["default"] = new JsonObject() }
                : schema;
        }

        if (description is not null && !schema.ContainsKey("$ref"))
        {
            schema["description"] = description;
        }

        if (member is not null)
        {
            AddFieldMetadata(schema, member);
        }

        return schema;
    }

    private static bool HasFieldMetadata(PropertyInfo? member) =>
        member is not null && (member.IsDefined(typeof(StructTypeAttribute)) || member.IsDefined(typeof(MapTypeAttribute)));

    private static void AddFieldMetadata(JsonObject schema, PropertyInfo member)
    {
        if (member.GetCustomAttribute<ListTypeAttribute>() is { } listType)
        {
            schema["x-kubernetes-list-type"] = listType.Type;
        }

        if (member.GetCustomAttribute<ListMapKeysAttribute>() is { } keys)
        {
            schema["x-kubernetes-list-map-keys"] = new JsonArray([.. keys.Keys.Select(key => (JsonNode)JsonValue.Create(key))]);
        }

        if (member.GetCustomAttribute<MapTypeAttribute>() is { } mapType)
        {
            schema["x-kubernetes-map-type"] = mapType.Type;
        }

        if (member.GetCustomAttribute<StructTypeAttribute>() is { } structType)
        {
            schema["x-kubernetes-map-type"] = structType.Type;
        }

        if (member.GetCustomAttribute<PatchMergeKeyAttribute>() is { } mergeKey)
        {
            schema["x-kubernetes-patch-merge-key"] = mergeKey.Key;
        }

        if (member.GetCustomAttribute<PatchStrategyAttribute>() is { } strategy)
        {
            schema["x-kubernetes-patch-strategy"] = strategy.Strategy;
        }
    }

    /// <summary>The schema of a value of <paramref name="type"/> where it is used.</summary>
    private JsonObject Inline(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Primitive(underlying) is { } primitive)
        {
            return primitive;
        }

        if (underlying == typeof(JsonElement) || underlying == typeof(JsonNode) || underlying == typeof(object)
            || underlying == typeof(JSONSchemaPropsOrBool) || underlying == typeof(JSONSchemaPropsOrArray) || underlying == typeof(JSONSchemaPropsOrStringArray))
        {
            // Free-form JSON (RawExtension, FieldsV1, JSON) and the schema-or-bool unions: any value.
            return _version == OpenApiVersion.V3 ? new JsonObject { ["x-kubernetes-preserve-unknown-fields"] = true } : new JsonObject { ["type"] = "object" };
        }

        if (underlying == typeof(Quantity) || underlying == typeof(IntOrString) || underlying == typeof(DateTimeOffset) || underlying == typeof(MicroTime))
        {
            return Reference(underlying);
        }

        var contract = KubeJson.Options.GetTypeInfo(underlying);
        switch (contract.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                return new JsonObject { ["type"] = "array", ["items"] = Item(contract.ElementType!) };
            case JsonTypeInfoKind.Dictionary:
                return new JsonObject { ["type"] = "object", ["additionalProperties"] = Item(contract.ElementType!) };
            case JsonTypeInfoKind.Object:
                return Reference(underlying);
            default:
                return _version == OpenApiVersion.V3 ? new JsonObject { ["x-kubernetes-preserve-unknown-fields"] = true } : new JsonObject { ["type"] = "object" };
        }
    }

    private JsonObject Item(Type type)
    {
        var schema = Inline(type);
        return schema.ContainsKey("$ref") && _version == OpenApiVersion.V3 && !IsStringShaped(type)
            ? new JsonObject { ["allOf"] = new JsonArray(schema), ["default"] = new JsonObject() }
            : schema;
    }

    private static bool IsStringShaped(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(Quantity) || underlying == typeof(IntOrString) || underlying == typeof(DateTimeOffset) || underlying == typeof(MicroTime);
    }

    private static JsonObject? Primitive(Type type)
    {
        if (type == typeof(string) || type.IsEnum)
        {
            return new JsonObject { ["type"] = "string" };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(int) || type == typeof(short))
        {
            return new JsonObject { ["type"] = "integer", ["format"] = "int32" };
        }

        if (type == typeof(long) || type == typeof(uint) || type == typeof(ulong))
        {
            return new JsonObject { ["type"] = "integer", ["format"] = "int64" };
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return new JsonObject { ["type"] = "number", ["format"] = "double" };
        }

        if (type == typeof(byte[]))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "byte" };
        }

        if (type == typeof(Duration))
        {
            return new JsonObject { ["type"] = "string" };
        }

        return null;
    }

    private JsonObject Describe(JsonObject schema, Type type)
    {
        if (_documentation.Of(type) is { } description)
        {
            schema["description"] = description;
        }

        return schema;
    }
}

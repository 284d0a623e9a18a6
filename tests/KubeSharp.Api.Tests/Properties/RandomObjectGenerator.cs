using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KubeSharp.Api.ApiExtensions.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Properties;

/// <summary>
/// Builds a fully populated random object of any API type by walking its System.Text.Json contract (the same
/// property list the serializer uses, so names, ignores and converters agree): every property gets a value,
/// nested types are recursed, lists and maps get several elements. Recursive types (JSONSchemaProps) are cut
/// after <see cref="MaxRecursion"/> levels of the same type so objects stay finite. A property type the
/// generator does not know throws, so a new wire type cannot silently go untested.
/// </summary>
/// <param name="seed">the random seed, for reproducible failures.</param>
/// <param name="nonZero">no zero values (false, 0): for wire formats where a zero plain field means unset.</param>
/// <param name="include">which nested API types to build (others stay unset); null: all.</param>
internal sealed class RandomObjectGenerator(int seed, bool nonZero = false, Func<Type, bool>? include = null)
{
    private const int MaxRecursion = 2;
    private const int MaxDepth = 14;

    private static readonly string[] QuantityTexts =
        ["0", "1", "100m", "1500m", "2", "1Ki", "64Mi", "1536Mi", "3Gi", "1k", "2M", "5G", "1e3", "12e6", "250u", "7n", "0.5", "1.25Gi", "-3", "9223372036854775807"];

    private static readonly string[] JsonSnippets =
        ["""{"a":"b","n":1}""", """[1,"two",{"three":3}]""", "\"text\"", "42", "true", """{"f:metadata":{"f:labels":{".":{},"f:app":{}}}}"""];

    private readonly Random _random = new(seed);
    private readonly Stack<Type> _path = new();
    private readonly HashSet<Type> _cut = [];

    /// <summary>Types left unset somewhere because the recursion or depth limit was reached.</summary>
    public IReadOnlySet<Type> CutTypes => _cut;

    /// <summary>A new instance of <paramref name="type"/> with every property set.</summary>
    public object Create(Type type) => Value(type, depth: 0) ?? throw new InvalidOperationException($"could not create {type}");

    private object? Value(Type type, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalar(underlying) is { } scalar)
        {
            return scalar;
        }

        if (underlying.IsEnum)
        {
            var values = Enum.GetValues(underlying);
            return values.GetValue(_random.Next(values.Length));
        }

        if (underlying == typeof(JSONSchemaPropsOrBool) || underlying == typeof(JSONSchemaPropsOrArray) || underlying == typeof(JSONSchemaPropsOrStringArray))
        {
            return SchemaUnion(underlying, depth);
        }

        var contract = KubeJson.Options.GetTypeInfo(underlying);
        return contract.Kind switch
        {
            JsonTypeInfoKind.Enumerable => Collection(contract, depth),
            JsonTypeInfoKind.Dictionary => Map(contract, depth),
            JsonTypeInfoKind.Object => Model(contract, depth),
            _ => throw new NotSupportedException($"the property generator does not know how to build {underlying} (contract kind {contract.Kind}); teach it"),
        };
    }

    /// <summary>One of the schema-or-something unions, or null (and cut) when the schema inside would be cut.</summary>
    private object? SchemaUnion(Type union, int depth)
    {
        var schema = Chance() ? null : Nested<JSONSchemaProps>(depth);
        object? value = union switch
        {
            _ when union == typeof(JSONSchemaPropsOrBool) => schema is null ? new JSONSchemaPropsOrBool { Allows = Chance() } : new JSONSchemaPropsOrBool { Schema = schema },
            _ when union == typeof(JSONSchemaPropsOrArray) => schema is null
                ? Nested<JSONSchemaProps>(depth) is { } first && Nested<JSONSchemaProps>(depth) is { } second ? new JSONSchemaPropsOrArray { JSONSchemas = [first, second] } : null
                : new JSONSchemaPropsOrArray { Schema = schema },
            _ => schema is null ? new JSONSchemaPropsOrStringArray { Property = [Text(), Text()] } : new JSONSchemaPropsOrStringArray { Schema = schema },
        };
        if (value is null)
        {
            _cut.Add(union);
        }

        return value;
    }

    private T? Nested<T>(int depth)
        where T : class => Value(typeof(T), depth + 1) as T;

    private object? Scalar(Type type)
    {
        if (type == typeof(string))
        {
            return Text();
        }

        if (type == typeof(bool))
        {
            return nonZero || Chance();
        }

        if (type == typeof(int))
        {
            return NonZero(_random.Next(int.MinValue, int.MaxValue));
        }

        if (type == typeof(long))
        {
            return NonZero(_random.NextInt64(long.MinValue, long.MaxValue));
        }

        if (type == typeof(double))
        {
            var real = Math.Round((_random.NextDouble() - 0.5) * Math.Pow(10, _random.Next(-3, 12)), _random.Next(0, 6));
            return nonZero && real == 0 ? 0.5 : real;
        }

        if (type == typeof(float))
        {
            return (float)Math.Round(_random.NextDouble() * 1000, 2);
        }

        if (type == typeof(byte[]))
        {
            var bytes = new byte[_random.Next(1, 24)];
            _random.NextBytes(bytes);
            return bytes;
        }

        if (type == typeof(DateTimeOffset))
        {
            // meta/v1 Time carries whole seconds on the wire.
            return DateTimeOffset.FromUnixTimeSeconds(_random.NextInt64(1, 4_000_000_000));
        }

        if (type == typeof(MicroTime))
        {
            return new MicroTime(DateTimeOffset.FromUnixTimeMilliseconds(0).AddTicks(_random.NextInt64(0, 40_000_000_000L) * 10_000_000 + (_random.Next(0, 1_000_000) * 10)));
        }

        if (type == typeof(Duration))
        {
            return new Duration(_random.NextInt64(-1_000_000_000_000_000, 1_000_000_000_000_000));
        }

        if (type == typeof(Quantity))
        {
            return Quantity.Parse(QuantityTexts[_random.Next(QuantityTexts.Length)]);
        }

        if (type == typeof(IntOrString))
        {
            return Chance() ? new IntOrString(_random.Next(0, 65536)) : new IntOrString(Text());
        }

        if (type == typeof(JsonElement))
        {
            return JsonDocument.Parse(JsonSnippets[_random.Next(JsonSnippets.Length)]).RootElement.Clone();
        }

        return null;
    }

    /// <summary>Short strings with characters JSON and YAML must escape now and then.</summary>
    private string Text()
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-._";
        var text = new StringBuilder();
        var length = _random.Next(1, 12);
        for (var i = 0; i < length; i++)
        {
            text.Append(Alphabet[_random.Next(Alphabet.Length)]);
        }

        switch (_random.Next(8))
        {
            case 0:
                text.Append("\"é\n\t<>&'");
                break;
            case 1:
                text.Append(" \u2603 \\");
                break;
        }

        return text.ToString();
    }

    private bool Chance() => _random.Next(2) == 0;

    private int NonZero(int value) => nonZero && value == 0 ? 1 : value;

    private long NonZero(long value) => nonZero && value == 0 ? 1 : value;

    private int Count(int depth) => depth > 6 ? 1 : _random.Next(2, 4);

    private object? Collection(JsonTypeInfo contract, int depth)
    {
        var elementType = contract.ElementType!;
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        for (var i = Count(depth); i > 0; i--)
        {
            if (Value(elementType, depth + 1) is { } item)
            {
                list.Add(item);
            }
        }

        return contract.Type.IsArray ? ToArray(list, elementType) : list;
    }

    private static Array ToArray(IList list, Type elementType)
    {
        var array = Array.CreateInstance(elementType, list.Count);
        list.CopyTo(array, 0);
        return array;
    }

    private object? Map(JsonTypeInfo contract, int depth)
    {
        if (contract.KeyType != typeof(string))
        {
            throw new NotSupportedException($"map key {contract.KeyType} in {contract.Type}");
        }

        var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), contract.ElementType!))!;
        for (var i = Count(depth); i > 0; i--)
        {
            if (Value(contract.ElementType!, depth + 1) is { } item)
            {
                map[Text() + i.ToString(CultureInfo.InvariantCulture)] = item;
            }
        }

        return map;
    }

    private object? Model(JsonTypeInfo contract, int depth)
    {
        var type = contract.Type;
        if (depth > MaxDepth || _path.Count(entry => entry == type) >= MaxRecursion || include is not null && !include(type))
        {
            _cut.Add(type);
            return null;
        }

        var value = contract.CreateObject?.Invoke() ?? throw new NotSupportedException($"{type} has no parameterless constructor for the serializer");
        _path.Push(type);
        foreach (var property in contract.Properties)
        {
            // apiVersion and kind of the object itself come from the Scheme; nested ones (ownerReferences) are data.
            if (property.Set is null || property.IsExtensionData || depth == 0 && property.Name is "apiVersion" or "kind" && property.PropertyType == typeof(string))
            {
                continue;
            }

            if (Value(property.PropertyType, depth + 1) is { } propertyValue)
            {
                property.Set(value, propertyValue);
            }
        }

        _path.Pop();
        return value;
    }
}

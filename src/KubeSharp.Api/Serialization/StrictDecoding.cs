using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// The strict half of upstream's decoder (sigs.k8s.io/json UnmarshalStrict, used for fieldValidation=Strict
/// and Warn): reads a JSON document against a type's serializer contract and lists every unknown and
/// duplicate field, in document order, with upstream's paths and texts, deduplicated and capped at 100 as
/// upstream does. Decoding itself stays with <see cref="KubeJson"/>, which keeps unknown fields in
/// <see cref="KubeModel.UnknownFields"/> and lets the last duplicate win, as Go does.
/// </summary>
/// <remarks>
/// Values held opaquely (JsonElement: RawExtension, FieldsV1, JSON) and scalars with a custom converter
/// (Quantity, IntOrString) are not looked into, as upstream does not for the types that decode themselves;
/// a schema inside JSONSchemaPropsOrBool/OrArray is (see TransparentWrapper), as upstream decodes it.
/// </remarks>
public static class StrictDecoding
{
    /// <summary>Upstream stops collecting after this many errors.</summary>
    public const int MaxErrors = 100;

    private static readonly ConcurrentDictionary<JsonTypeInfo, Dictionary<string, int>> PropertyIndexes = new();

    /// <summary>Every unknown or duplicate field of <paramref name="utf8Json"/> read as <paramref name="type"/>.</summary>
    /// <exception cref="JsonException">when the document is not well-formed JSON.</exception>
    public static IReadOnlyList<StrictFieldError> FindErrors(ReadOnlySpan<byte> utf8Json, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var info = KubeJsonContext.Default.GetTypeInfo(type)
            ?? throw new InvalidOperationException($"{type} is not registered in {nameof(KubeJsonContext)}");
        return FindErrors(utf8Json, info);
    }

    /// <summary>Every unknown or duplicate field of <paramref name="utf8Json"/> read against a contract.</summary>
    public static IReadOnlyList<StrictFieldError> FindErrors(ReadOnlySpan<byte> utf8Json, JsonTypeInfo contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var walk = new Walk();
        var reader = new Utf8JsonReader(utf8Json);
        if (reader.Read())
        {
            walk.Value(ref reader, contract);
        }

        return walk.Errors;
    }

    /// <summary>Upstream's message for a failed strict decode: <c>strict decoding error: unknown field "a", duplicate field "b"</c>.</summary>
    public static string FormatMessage(IEnumerable<StrictFieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return "strict decoding error: " + string.Join(", ", errors);
    }

    /// <summary>A contract's JSON property names mapped to their index, without the extension-data property.</summary>
    private static Dictionary<string, int> IndexOf(JsonTypeInfo info) =>
        PropertyIndexes.GetOrAdd(info, static info =>
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < info.Properties.Count; i++)
            {
                var property = info.Properties[i];
                if (!property.IsExtensionData)
                {
                    index.TryAdd(property.Name, i);
                }
            }

            return index;
        });

    /// <summary>The contract of a nested type, or null when it is read opaquely.</summary>
    private static JsonTypeInfo? ContractOf(JsonTypeInfo parent, Type type)
    {
        if (type == typeof(JsonElement) || type == typeof(JsonElement?))
        {
            return null;
        }

        try
        {
            return parent.Options.GetTypeInfo(type);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private sealed class Walk
    {
        private readonly StringBuilder _path = new();
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<StrictFieldError> Errors { get; } = [];

        /// <summary>Reads the value the reader is on, leaving the reader on its last token.</summary>
        public void Value(ref Utf8JsonReader reader, JsonTypeInfo? contract)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when contract?.Kind == JsonTypeInfoKind.Object:
                    Object(ref reader, contract);
                    break;
                case JsonTokenType.StartObject when contract?.Kind == JsonTypeInfoKind.Dictionary:
                    Map(ref reader, contract);
                    break;
                case JsonTokenType.StartArray when contract?.Kind == JsonTypeInfoKind.Enumerable:
                    Array(ref reader, contract);
                    break;
                case JsonTokenType.StartObject when contract?.Kind == JsonTypeInfoKind.None && TransparentWrapper.Of(contract.Type)?.Single is { } single:
                    Object(ref reader, contract.Options.GetTypeInfo(single.PropertyType));
                    break;
                case JsonTokenType.StartArray when contract?.Kind == JsonTypeInfoKind.None && TransparentWrapper.Of(contract.Type)?.List is { } list:
                    Array(ref reader, contract.Options.GetTypeInfo(list.PropertyType));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        private void Object(ref Utf8JsonReader reader, JsonTypeInfo contract)
        {
            var properties = IndexOf(contract);
            var seen = new bool[contract.Properties.Count];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (!properties.TryGetValue(name, out var index))
                {
                    Add(StrictFieldErrorType.Unknown, name);
                    reader.Skip();
                    continue;
                }

                if (seen[index])
                {
                    Add(StrictFieldErrorType.Duplicate, name);
                }

                seen[index] = true;
                var property = contract.Properties[index];
                var length = Push(name);
                Value(ref reader, ContractOf(contract, property.PropertyType));
                _path.Length = length;
            }
        }

        private void Map(ref Utf8JsonReader reader, JsonTypeInfo contract)
        {
            var element = contract.ElementType is null ? null : ContractOf(contract, contract.ElementType);
            HashSet<string>? keys = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                keys ??= new HashSet<string>(StringComparer.Ordinal);
                if (!keys.Add(key))
                {
                    Add(StrictFieldErrorType.Duplicate, key);
                }

                var length = Push(key);
                Value(ref reader, element);
                _path.Length = length;
            }
        }

        private void Array(ref Utf8JsonReader reader, JsonTypeInfo contract)
        {
            var element = contract.ElementType is null ? null : ContractOf(contract, contract.ElementType);
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var length = _path.Length;
                _path.Append('[').Append(index).Append(']');
                Value(ref reader, element);
                _path.Length = length;
                index++;
            }
        }

        /// <summary>Appends a field or key to the path ("." between segments) and returns the length to restore.</summary>
        private int Push(string name)
        {
            var length = _path.Length;
            if (length > 0)
            {
                _path.Append('.');
            }

            _path.Append(name);
            return length;
        }

        private void Add(StrictFieldErrorType type, string name)
        {
            if (Errors.Count >= MaxErrors)
            {
                return;
            }

            var path = _path.Length == 0 ? name : _path + "." + name;
            var error = new StrictFieldError(type, path);
            if (_seen.Add(error.ToString()))
            {
                Errors.Add(error);
            }
        }
    }
}

using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Protobuf;

/// <summary>
/// Field numbers of our API types as upstream's <c>generated.proto</c> files define them, declared per group in
/// Protobuf/Fields/ as compact specs such as <c>"metadata=1 data=2 binaryData=3 immutable=4*"</c>: JSON property
/// name, field number, <c>*</c> for a Go pointer field; <c>exec=1.1</c> puts a property inside the inlined struct
/// carried in field 1 (Probe's handler). Each spec is checked against the type's JSON contract when registered, so a
/// misspelt name fails at start-up and in tests, never silently at decode time.
/// </summary>
public sealed class ProtoFieldRegistry
{
    private readonly Dictionary<Type, ProtoMessage> _messages = [];
    private readonly List<string> _problems = [];
    private readonly bool _collectProblems;

    /// <param name="collectProblems">false: a bad spec throws at once; true: it is recorded in <see cref="Problems"/> and skipped.</param>
    public ProtoFieldRegistry(bool collectProblems = false) => _collectProblems = collectProblems;

    /// <summary>What was wrong with the specs added so far (only when collecting problems).</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Every message type declared.</summary>
    public IReadOnlyCollection<ProtoMessage> Messages => _messages.Values;

    /// <summary>The table of <paramref name="type"/>, or null when its field numbers are not declared.</summary>
    public ProtoMessage? Find(Type type) => _messages.GetValueOrDefault(type);

    /// <summary>Declares the fields of <typeparamref name="T"/>.</summary>
    /// <exception cref="ArgumentException">a malformed spec, a duplicate number, or a name the type does not have.</exception>
    public ProtoFieldRegistry Add<T>(string spec) => Add(typeof(T), spec);

    /// <inheritdoc cref="Add{T}(string)"/>
    public ProtoFieldRegistry Add(Type type, string spec)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(spec);
        try
        {
            return AddChecked(type, spec);
        }
        catch (ArgumentException error) when (_collectProblems)
        {
            _problems.Add(error.Message);
            return this;
        }
    }

    private ProtoFieldRegistry AddChecked(Type type, string spec)
    {
        var contract = KubeJson.Options.GetTypeInfo(type);
        if (contract.CreateObject is null)
        {
            throw new ArgumentException($"{type.Name} cannot be created by the serializer", nameof(type));
        }

        var properties = contract.Properties.ToDictionary(property => property.Name, StringComparer.Ordinal);
        var fields = new Dictionary<int, ProtoField>();
        var embedded = new Dictionary<int, Dictionary<int, ProtoField>>();
        foreach (var entry in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                AddEntry(type, entry, properties, fields, embedded);
            }
            catch (ArgumentException error) when (_collectProblems)
            {
                _problems.Add(error.Message);
            }
        }

        foreach (var (number, group) in embedded)
        {
            fields[number] = new ProtoField { Number = number, Name = $"({type.Name} inline {number})", Embedded = group };
        }

        _messages[type] = new ProtoMessage(type, [.. fields.Values.OrderBy(field => field.Number)]);
        return this;
    }

    private static void AddEntry(Type type, string entry, Dictionary<string, JsonPropertyInfo> properties, Dictionary<int, ProtoField> fields, Dictionary<int, Dictionary<int, ProtoField>> embedded)
    {
        var (name, outer, inner, pointer) = Parse(type, entry);
        if (!properties.TryGetValue(name, out var property) || property.Set is null)
        {
            throw new ArgumentException($"{type.Name} has no settable JSON property \"{name}\" (field {entry})");
        }

        var field = Field(type, inner ?? outer, name, pointer, property);
        if (inner is { } innerNumber)
        {
            if (fields.ContainsKey(outer))
            {
                throw new ArgumentException($"{type.Name}: field number {outer} is declared twice");
            }

            var group = embedded.TryGetValue(outer, out var existing) ? existing : embedded[outer] = [];
            if (!group.TryAdd(innerNumber, field))
            {
                throw new ArgumentException($"{type.Name}: field number {outer}.{innerNumber} is declared twice");
            }
        }
        else if (embedded.ContainsKey(outer) || !fields.TryAdd(outer, field))
        {
            throw new ArgumentException($"{type.Name}: field number {outer} is declared twice");
        }
    }

    /// <summary>Settable properties of <paramref name="type"/> without a field number (for tests: what a table misses).</summary>
    public IReadOnlyList<string> Undeclared(Type type)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Find(type)?.Fields ?? [])
        {
            foreach (var leaf in field.Embedded?.Values ?? [field])
            {
                declared.Add(leaf.Name);
            }
        }

        return [.. KubeJson.Options.GetTypeInfo(type).Properties
            .Where(property => property.Set is not null && !property.IsExtensionData && property.Name is not ("apiVersion" or "kind") && !declared.Contains(property.Name))
            .Select(property => property.Name)];
    }

    private static (string Name, int Outer, int? Inner, bool Pointer) Parse(Type type, string entry)
    {
        var equals = entry.IndexOf('=', StringComparison.Ordinal);
        var pointer = entry.EndsWith('*');
        var numbers = equals < 0 ? [] : entry[(equals + 1)..].TrimEnd('*').Split('.');
        if (equals <= 0 || numbers.Length is 0 or > 2 || !numbers.All(IsFieldNumber))
        {
            throw new ArgumentException($"{type.Name}: malformed field spec \"{entry}\"");
        }

        var outer = int.Parse(numbers[0], CultureInfo.InvariantCulture);
        int? inner = numbers.Length == 2 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : null;
        return (entry[..equals], outer, inner, pointer);
    }

    private static bool IsFieldNumber(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0;

    private static ProtoField Field(Type owner, int number, string name, bool pointer, JsonPropertyInfo property)
    {
        var contract = KubeJson.Options.GetTypeInfo(property.PropertyType);
        var (collection, valueType) = contract.Kind switch
        {
            JsonTypeInfoKind.Enumerable when property.PropertyType != typeof(byte[]) => (ProtoCollection.List, contract.ElementType!),
            JsonTypeInfoKind.Dictionary when contract.KeyType == typeof(string) => (ProtoCollection.Map, contract.ElementType!),
            JsonTypeInfoKind.Dictionary => throw new ArgumentException($"{owner.Name}.{name}: map keys must be strings"),
            _ => (ProtoCollection.None, property.PropertyType),
        };
        ProtoShape shape;
        try
        {
            shape = ProtoShape.Of(valueType);
        }
        catch (NotSupportedException error)
        {
            throw new ArgumentException($"{owner.Name}.{name}: {error.Message}", error);
        }

        if (shape.Kind == ProtoValueKind.StringList && collection != ProtoCollection.Map)
        {
            throw new ArgumentException($"{owner.Name}.{name}: a list of string lists has no protobuf form");
        }

        return new ProtoField { Number = number, Name = name, Pointer = pointer, Property = property, Collection = collection, Shape = shape };
    }
}

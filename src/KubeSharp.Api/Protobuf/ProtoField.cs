using System.Text.Json.Serialization.Metadata;

namespace KubeSharp.Api.Protobuf;

/// <summary>
/// One field of a message: its number in upstream's generated.proto, the JSON property it fills, whether the Go
/// field is a pointer (then a zero value on the wire is a real value to keep; go-to-protobuf also writes the zero
/// values of plain fields, and those mean "unset"), and the wire shape of its values. A field whose
/// <see cref="Embedded"/> is set is an inlined Go struct (Probe's ProbeHandler, EphemeralContainer's common
/// part): its own message whose fields land on the same C# object.
/// </summary>
public sealed class ProtoField
{
    public required int Number { get; init; }

    /// <summary>The JSON property name, or the embedded struct's description for an embedded field.</summary>
    public required string Name { get; init; }

    public bool Pointer { get; init; }

    public JsonPropertyInfo? Property { get; init; }

    public ProtoCollection Collection { get; init; }

    /// <summary>The shape of the value, or of each element/map value.</summary>
    public ProtoShape? Shape { get; init; }

    public IReadOnlyDictionary<int, ProtoField>? Embedded { get; init; }
}

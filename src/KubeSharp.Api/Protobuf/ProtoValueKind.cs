namespace KubeSharp.Api.Protobuf;

/// <summary>How one value travels on the wire, decided once per field from its C# type.</summary>
public enum ProtoValueKind
{
    String,
    Bool,
    Int32,
    Int64,
    Double,
    Bytes,

    /// <summary>resource.Quantity: a message with the canonical string in field 1.</summary>
    Quantity,

    /// <summary>intstr.IntOrString: type = 1 (0 int, 1 string), intVal = 2, strVal = 3.</summary>
    IntOrString,

    /// <summary>meta/v1 Time as a Timestamp message (seconds = 1, nanos = 2); an empty message is the zero time.</summary>
    Time,

    /// <summary>meta/v1 MicroTime, the same Timestamp message with microseconds kept.</summary>
    MicroTime,

    /// <summary>meta/v1 Duration: nanoseconds in field 1.</summary>
    Duration,

    /// <summary>RawExtension, FieldsV1 and apiextensions JSON: the JSON bytes in field 1.</summary>
    RawJson,

    /// <summary>authentication/v1 ExtraValue (a list of strings as a message with the items in field 1), used as a map value.</summary>
    StringList,

    /// <summary>A nested API type with its own field table.</summary>
    Message,
}

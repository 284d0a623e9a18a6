namespace KubeSharp.Api.Protobuf;

/// <summary>
/// A protobuf request body that cannot be decoded: bad magic, truncated or malformed wire data, a kind we do not
/// know, or a field whose wire type does not fit our type. A <see cref="FormatException"/>, so the API server
/// answers 400 Bad Request as it does for malformed JSON. <see cref="FieldPath"/> names where it went wrong
/// (<c>spec.template.spec.containers.ports</c>).
/// </summary>
public sealed class ProtobufDecodeException : FormatException
{
    public ProtobufDecodeException()
        : this("malformed protobuf")
    {
    }

    public ProtobufDecodeException(string message)
        : this(message, null, null)
    {
    }

    public ProtobufDecodeException(string message, Exception? innerException)
        : this(message, null, innerException)
    {
    }

    private ProtobufDecodeException(string detail, string? fieldPath, Exception? innerException)
        : base(fieldPath is null ? detail : $"{fieldPath}: {detail}", innerException)
    {
        Detail = detail;
        FieldPath = fieldPath;
    }

    /// <summary>What went wrong, without the path.</summary>
    public string Detail { get; }

    /// <summary>The JSON path of the field being decoded, or null at the top.</summary>
    public string? FieldPath { get; }

    /// <summary>The same error one level up: <paramref name="field"/> prefixed to the path.</summary>
    public ProtobufDecodeException Within(string field) =>
        new(Detail, FieldPath is null ? field : field + "." + FieldPath, InnerException ?? this);
}

namespace KubeSharp.Api.Protobuf;

/// <summary>
/// A protobuf request body that cannot be decoded: bad magic, truncated or malformed wire data, a kind we do not
/// know, or a field whose wire type does not fit our type. A <see cref="FormatException"/>, so the API server
/// answers 400 Bad Request as it does for malformed JSON.
/// </summary>
public sealed class ProtobufDecodeException : FormatException
{
    public ProtobufDecodeException()
    {
    }

    public ProtobufDecodeException(string message)
        : base(message)
    {
    }

    public ProtobufDecodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

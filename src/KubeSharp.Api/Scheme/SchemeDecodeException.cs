namespace KubeSharp.Api.Scheme;

/// <summary>A document could not be decoded; the message is upstream's wording for the same failure.</summary>
public sealed class SchemeDecodeException : Exception
{
    public SchemeDecodeException()
    {
    }

    public SchemeDecodeException(string message)
        : base(message)
    {
    }

    public SchemeDecodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SchemeDecodeException(DecodeFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public DecodeFailure Failure { get; }
}

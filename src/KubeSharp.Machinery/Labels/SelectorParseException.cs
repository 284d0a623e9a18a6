namespace KubeSharp.Machinery.Labels;

/// <summary>A selector string or requirement upstream would reject; the message is upstream's text.</summary>
public sealed class SelectorParseException : FormatException
{
    public SelectorParseException()
    {
    }

    public SelectorParseException(string message)
        : base(message)
    {
    }

    public SelectorParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

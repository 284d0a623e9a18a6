namespace KubeSharp.Machinery.Labels;

/// <summary>Tokens of the label selector lexer, as upstream's labels.Token.</summary>
internal enum SelectorToken
{
    Error,
    EndOfString,
    ClosedPar,
    Comma,
    DoesNotExist,
    DoubleEquals,
    EqualsToken,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
}

namespace KubeSharp.Api.Serialization;

/// <summary>How a string is written: plain, 'single', "double" or as a |literal block.</summary>
internal enum YamlScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

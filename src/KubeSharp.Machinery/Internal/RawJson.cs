namespace KubeSharp.Machinery.Internal;

/// <summary>
/// A JSON value kept as its UTF-8 text because nothing will look inside it: the parts of a live object that a
/// strategic merge patch does not touch (<see cref="JsonTree.ParseGuided"/>). Written back byte for byte.
/// </summary>
internal sealed class RawJson(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    /// <summary>The decoded value, for the rare error message that prints an untouched part of the object.</summary>
    public object? Decode() => JsonTree.Parse(Utf8.Span);

    public override string ToString() => JsonTree.GoString(Decode());
}

namespace KubeSharp.Api.Serialization;

/// <summary>
/// One strict decoding error with the field's path as upstream spells it: struct fields and map keys joined by
/// ".", list items as "[i]" (<c>spec.template.spec.containers[0].foo</c>).
/// </summary>
public sealed record StrictFieldError(StrictFieldErrorType Type, string Path)
{
    /// <summary><c>unknown field "spec.foo"</c> or <c>duplicate field "metadata.name"</c>, as upstream words it.</summary>
    public override string ToString() =>
        (Type == StrictFieldErrorType.Unknown ? "unknown field " : "duplicate field ") + GoQuote.Quote(Path);
}

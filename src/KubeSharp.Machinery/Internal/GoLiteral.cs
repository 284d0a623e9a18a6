namespace KubeSharp.Machinery.Internal;

/// <summary>
/// A bad value already rendered the way upstream's message prints it (Go's <c>%#v</c> of a struct or map), so
/// <see cref="Validation.FieldError"/> writes it as it is. See <see cref="GoSyntax"/>.
/// </summary>
internal sealed record GoLiteral(string Text)
{
    public override string ToString() => Text;
}

namespace KubeSharp.Machinery.Fields;

/// <summary>One term of a field selector (upstream's <c>fields.Requirement</c>): field, operator ("=" or "!="), value.</summary>
public sealed record FieldRequirement(string Field, string Operator, string Value)
{
    public const string EqualsOperator = "=";
    public const string NotEqualsOperator = "!=";

    public bool Matches(IReadOnlyDictionary<string, string>? fields)
    {
        // As upstream's fields.Set.Get, a missing field reads as the empty string.
        var actual = fields is not null && fields.TryGetValue(Field, out var v) ? v : "";
        var equal = string.Equals(actual, Value, StringComparison.Ordinal);
        return Operator == NotEqualsOperator ? !equal : equal;
    }

    public override string ToString() => Field + Operator + FieldSelector.EscapeValue(Value);
}

namespace KubeSharp.Machinery.Labels;

/// <summary>Upstream's <c>selection.Operator</c> values, as they appear in selector strings.</summary>
public static class SelectorOperator
{
    public const string DoesNotExist = "!";
    public new const string Equals = "=";
    public const string DoubleEquals = "==";
    public const string In = "in";
    public const string NotEquals = "!=";
    public const string NotIn = "notin";
    public const string Exists = "exists";
    public const string GreaterThan = "gt";
    public const string LessThan = "lt";

    /// <summary>The binary operators in upstream's order, which its parser error lists.</summary>
    public static readonly IReadOnlyList<string> Binary = [In, NotIn, Equals, DoubleEquals, NotEquals, GreaterThan, LessThan];

    /// <summary>Every operator a requirement may carry, in upstream's order (binary, then unary).</summary>
    public static readonly IReadOnlyList<string> All = [In, NotIn, Equals, DoubleEquals, NotEquals, GreaterThan, LessThan, Exists, DoesNotExist];
}

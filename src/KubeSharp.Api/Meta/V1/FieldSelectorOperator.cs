namespace KubeSharp.Api.Meta.V1;

/// <summary>Operators of a <see cref="FieldSelectorRequirement"/>.</summary>
public static class FieldSelectorOperator
{
    public const string In = "In";
    public const string NotIn = "NotIn";
    public const string Exists = "Exists";
    public const string DoesNotExist = "DoesNotExist";
}

namespace KubeSharp.Api.Core.V1;

/// <summary>Operators of a <see cref="NodeSelectorRequirement"/>.</summary>
public static class NodeSelectorOperator
{
    public const string In = "In";
    public const string NotIn = "NotIn";
    public const string Exists = "Exists";
    public const string DoesNotExist = "DoesNotExist";
    public const string Gt = "Gt";
    public const string Lt = "Lt";
}

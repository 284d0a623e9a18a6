namespace KubeSharp.Api.Fields;

/// <summary>Upstream's <c>+structType</c> marker: "atomic" makes server-side apply own the struct as a whole.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, Inherited = true)]
public sealed class StructTypeAttribute(string type) : Attribute
{
    public const string Atomic = "atomic";
    public const string Granular = "granular";

    public string Type { get; } = type;
}

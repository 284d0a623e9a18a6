namespace KubeSharp.Api.Fields;

/// <summary>Upstream's <c>+mapType</c> marker: "granular" (the default, each key owned separately) or "atomic".</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class MapTypeAttribute(string type) : Attribute
{
    public const string Atomic = "atomic";
    public const string Granular = "granular";

    public string Type { get; } = type;
}

namespace KubeSharp.Api.Fields;

/// <summary>
/// Upstream's <c>+listType</c> marker used by server-side apply: "atomic" (replaced whole), "set" (scalar
/// elements, each owned separately) or "map" (elements keyed by <see cref="ListMapKeysAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class ListTypeAttribute(string type) : Attribute
{
    public const string Atomic = "atomic";
    public const string Set = "set";
    public const string Map = "map";

    public string Type { get; } = type;
}

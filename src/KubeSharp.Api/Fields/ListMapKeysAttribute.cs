namespace KubeSharp.Api.Fields;

/// <summary>Upstream's <c>+listMapKey</c> markers: the fields that together identify an element of a map-type list.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class ListMapKeysAttribute(params string[] keys) : Attribute
{
    public IReadOnlyList<string> Keys { get; } = keys;
}

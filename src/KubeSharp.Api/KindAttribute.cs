namespace KubeSharp.Api;

/// <summary>Names the group, version and kind a C# type serializes as. Group is "" for the core group.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class KindAttribute(string group, string version, string kind) : Attribute
{
    public string Group { get; } = group;

    public string Version { get; } = version;

    public string Kind { get; } = kind;

    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;
}

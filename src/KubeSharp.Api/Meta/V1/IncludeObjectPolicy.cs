namespace KubeSharp.Api.Meta.V1;

/// <summary>Values of a Table request's includeObject option.</summary>
public static class IncludeObjectPolicy
{
    public const string None = "None";
    public const string Metadata = "Metadata";
    public const string Object = "Object";
}

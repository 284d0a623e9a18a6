namespace KubeSharp.Api.Core.V1;

/// <summary>The dual-stack-ness a Service asks for.</summary>
public static class IPFamilyPolicy
{
    public const string SingleStack = "SingleStack";
    public const string PreferDualStack = "PreferDualStack";
    public const string RequireDualStack = "RequireDualStack";
}

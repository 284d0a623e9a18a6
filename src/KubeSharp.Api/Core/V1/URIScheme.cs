namespace KubeSharp.Api.Core.V1;

/// <summary>Schemes of an HTTP probe or hook.</summary>
public static class URIScheme
{
    public const string HTTP = "HTTP";
    public const string HTTPS = "HTTPS";
}

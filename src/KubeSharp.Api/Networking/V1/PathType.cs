namespace KubeSharp.Api.Networking.V1;

/// <summary>How a path is matched; see upstream's PathType for the element-wise Prefix rule.</summary>
public static class PathType
{
    public const string Exact = "Exact";

    public const string Prefix = "Prefix";

    public const string ImplementationSpecific = "ImplementationSpecific";
}

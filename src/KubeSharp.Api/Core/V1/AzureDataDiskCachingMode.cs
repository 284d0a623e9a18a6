namespace KubeSharp.Api.Core.V1;

/// <summary>Host caching modes of an Azure data disk.</summary>
public static class AzureDataDiskCachingMode
{
    public const string None = "None";
    public const string ReadOnly = "ReadOnly";
    public const string ReadWrite = "ReadWrite";
}

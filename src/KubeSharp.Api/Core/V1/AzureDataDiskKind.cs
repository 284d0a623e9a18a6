namespace KubeSharp.Api.Core.V1;

/// <summary>Kinds of Azure data disk.</summary>
public static class AzureDataDiskKind
{
    public const string Shared = "Shared";
    public const string Dedicated = "Dedicated";
    public const string Managed = "Managed";
}

namespace KubeSharp.Api.Core.V1;

/// <summary>An Azure File share.</summary>
public sealed class AzureFileVolumeSource : KubeModel
{
    public string SecretName { get; set; } = "";

    public string ShareName { get; set; } = "";

    public bool? ReadOnly { get; set; }
}

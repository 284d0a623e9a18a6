using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>An Azure File share backing a PersistentVolume.</summary>
public sealed class AzureFilePersistentVolumeSource : KubeModel
{
    public string SecretName { get; set; } = "";

    public string ShareName { get; set; } = "";

    public bool? ReadOnly { get; set; }

    /// <summary>Written even when null: upstream's pointer has no omitempty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? SecretNamespace { get; set; }
}

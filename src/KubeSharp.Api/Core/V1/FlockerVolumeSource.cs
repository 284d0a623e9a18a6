namespace KubeSharp.Api.Core.V1;

/// <summary>A Flocker dataset; one of datasetName and datasetUUID is set.</summary>
public sealed class FlockerVolumeSource : KubeModel
{
    public string? DatasetName { get; set; }

    public string? DatasetUUID { get; set; }
}

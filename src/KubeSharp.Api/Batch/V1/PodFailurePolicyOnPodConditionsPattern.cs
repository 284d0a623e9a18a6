namespace KubeSharp.Api.Batch.V1;

public sealed class PodFailurePolicyOnPodConditionsPattern : KubeModel
{
    public string Type { get; set; } = "";

    /// <summary>Defaults to True.</summary>
    public string Status { get; set; } = "";
}

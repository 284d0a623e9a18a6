namespace KubeSharp.Api.Batch.V1;

/// <summary>Runs pods until a number of them complete successfully.</summary>
[Kind("batch", "v1", "Job")]
public sealed class Job : KubeObject
{
    public JobSpec Spec { get; set; } = new();

    public JobStatus Status { get; set; } = new();
}

namespace KubeSharp.Api.Batch.V1;

/// <summary>Creates Jobs on a cron schedule.</summary>
[Kind("batch", "v1", "CronJob")]
public sealed class CronJob : KubeObject
{
    public CronJobSpec Spec { get; set; } = new();

    public CronJobStatus Status { get; set; } = new();
}

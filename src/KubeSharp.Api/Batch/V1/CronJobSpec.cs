namespace KubeSharp.Api.Batch.V1;

public sealed class CronJobSpec : KubeModel
{
    /// <summary>Cron format, e.g. "*/5 * * * *"; macros such as @hourly are accepted.</summary>
    public string Schedule { get; set; } = "";

    /// <summary>An IANA zone name; the controller manager's zone when unset.</summary>
    public string? TimeZone { get; set; }

    public long? StartingDeadlineSeconds { get; set; }

    /// <summary>values in ConcurrencyPolicy; Allow when unset.</summary>
    public string? ConcurrencyPolicy { get; set; }

    public bool? Suspend { get; set; }

    public JobTemplateSpec JobTemplate { get; set; } = new();

    /// <summary>Defaults to 3.</summary>
    public int? SuccessfulJobsHistoryLimit { get; set; }

    /// <summary>Defaults to 1.</summary>
    public int? FailedJobsHistoryLimit { get; set; }
}

namespace KubeSharp.Api.Batch.V1;

/// <summary>Well-known labels, annotations and finalizers of batch/v1 controllers.</summary>
public static class JobLabels
{
    public const string CronJobScheduledTimestampAnnotation = "batch.kubernetes.io/cronjob-scheduled-timestamp";

    public const string JobCompletionIndexAnnotation = "batch.kubernetes.io/job-completion-index";

    public const string JobIndexFailureCountAnnotation = "batch.kubernetes.io/job-index-failure-count";

    public const string JobIndexIgnoredFailureCountAnnotation = "batch.kubernetes.io/job-index-ignored-failure-count";

    public const string JobCompletionIndexLabel = "job.kubernetes.io/pod-index";

    public const string JobTrackingFinalizer = "batch.kubernetes.io/job-tracking";

    public const string JobNameLabel = "batch.kubernetes.io/job-name";

    public const string ControllerUidLabel = "batch.kubernetes.io/controller-uid";

    public const string LegacyJobNameLabel = "job-name";

    public const string LegacyControllerUidLabel = "controller-uid";
}

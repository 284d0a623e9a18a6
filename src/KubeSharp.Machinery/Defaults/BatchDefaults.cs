using KubeSharp.Api.Batch.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Machinery.Defaults;

/// <summary>
/// Defaulting of batch/v1 objects as upstream's pkg/apis/batch/v1/defaults.go, and the selector a Job gets
/// on create (upstream's job registry strategy, generateSelector). Apply before validation; idempotent.
/// </summary>
public static class BatchDefaults
{
    public const int DefaultBackoffLimit = 6;

    /// <summary>
    /// completions and parallelism 1 when both are unset (parallelism 1 otherwise), backoffLimit 6 (unlimited
    /// with a per-index limit), labels from the template when the job has none, NonIndexed, not suspended,
    /// pod-condition patterns with status True, and the pod replacement policy.
    /// </summary>
    public static void SetDefaultsJob(Job job)
    {
        var spec = job.Spec;
        if (spec.Completions is null && spec.Parallelism is null)
        {
            spec.Completions = 1;
            spec.Parallelism = 1;
        }

        spec.Parallelism ??= 1;
        spec.BackoffLimit ??= spec.BackoffLimitPerIndex is not null ? int.MaxValue : DefaultBackoffLimit;
        if (spec.Template.Metadata.Labels is { } labels && (job.Metadata.Labels?.Count ?? 0) == 0)
        {
            job.Metadata.Labels = new Dictionary<string, string>(labels);
        }

        spec.CompletionMode ??= CompletionMode.NonIndexed;
        spec.Suspend ??= false;
        foreach (var rule in spec.PodFailurePolicy?.Rules ?? [])
        {
            foreach (var pattern in rule.OnPodConditions)
            {
                if (pattern.Status.Length == 0)
                {
                    pattern.Status = "True";
                }
            }
        }

        spec.PodReplacementPolicy ??= spec.PodFailurePolicy is not null ? PodReplacementPolicy.Failed : PodReplacementPolicy.TerminatingOrFailed;
        CoreDefaults.SetDefaultsPodTemplateSpec(spec.Template);
    }

    /// <summary>concurrencyPolicy Allow, not suspended, 3 successful and 1 failed job kept, and the job template's defaults.</summary>
    public static void SetDefaultsCronJob(CronJob cronJob)
    {
        var spec = cronJob.Spec;
        if (string.IsNullOrEmpty(spec.ConcurrencyPolicy))
        {
            spec.ConcurrencyPolicy = ConcurrencyPolicy.Allow;
        }

        spec.Suspend ??= false;
        spec.SuccessfulJobsHistoryLimit ??= 3;
        spec.FailedJobsHistoryLimit ??= 1;
        CoreDefaults.SetDefaultsPodTemplateSpec(spec.JobTemplate.Spec.Template);
    }

    /// <summary>
    /// On create, unless <c>manualSelector</c> is true: label the template with the job's name and uid (both
    /// the batch.kubernetes.io and the legacy keys, keeping labels the user set) and select on the uid.
    /// A conflicting user label is then rejected by validation, as upstream.
    /// </summary>
    public static void GenerateJobSelector(Job job)
    {
        if (job.Spec.ManualSelector == true)
        {
            return;
        }

        var labels = job.Spec.Template.Metadata.Labels ??= [];
        var name = job.Metadata.Name ?? "";
        var uid = job.Metadata.Uid ?? "";
        labels.TryAdd(JobLabels.LegacyJobNameLabel, name);
        labels.TryAdd(JobLabels.JobNameLabel, name);
        labels.TryAdd(JobLabels.LegacyControllerUidLabel, uid);
        labels.TryAdd(JobLabels.ControllerUidLabel, uid);
        var selector = job.Spec.Selector ??= new LabelSelector();
        selector.MatchLabels ??= [];
        selector.MatchLabels.TryAdd(JobLabels.ControllerUidLabel, uid);
    }
}

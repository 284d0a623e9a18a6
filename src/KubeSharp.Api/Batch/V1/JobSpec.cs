using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Batch.V1;

public sealed class JobSpec : KubeModel
{
    public int? Parallelism { get; set; }

    /// <summary>Null: any pod's success completes the job.</summary>
    public int? Completions { get; set; }

    public long? ActiveDeadlineSeconds { get; set; }

    public PodFailurePolicy? PodFailurePolicy { get; set; }

    /// <summary>Indexed jobs only: when the job may be declared succeeded before every index completes.</summary>
    public SuccessPolicy? SuccessPolicy { get; set; }

    /// <summary>Defaults to 6.</summary>
    public int? BackoffLimit { get; set; }

    /// <summary>Indexed jobs only: retries per index before the index is marked failed; immutable.</summary>
    public int? BackoffLimitPerIndex { get; set; }

    public int? MaxFailedIndexes { get; set; }

    /// <summary>Normally set by the system from the job's controller-uid label.</summary>
    public LabelSelector? Selector { get; set; }

    public bool? ManualSelector { get; set; }

    /// <summary>restartPolicy must be Never or OnFailure.</summary>
    public PodTemplateSpec Template { get; set; } = new();

    public int? TTLSecondsAfterFinished { get; set; }

    /// <summary>values in CompletionMode; NonIndexed when unset.</summary>
    public string? CompletionMode { get; set; }

    public bool? Suspend { get; set; }

    /// <summary>values in PodReplacementPolicy.</summary>
    public string? PodReplacementPolicy { get; set; }

    /// <summary>The controller that reconciles the job; kubernetes.io/job-controller (the built-in one) when unset.</summary>
    public string? ManagedBy { get; set; }
}

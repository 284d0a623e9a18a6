using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Batch.V1;

public sealed class JobStatus : KubeModel
{
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Atomic)]
    public List<JobCondition>? Conditions { get; set; }

    public DateTimeOffset? StartTime { get; set; }

    public DateTimeOffset? CompletionTime { get; set; }

    public int? Active { get; set; }

    public int? Succeeded { get; set; }

    public int? Failed { get; set; }

    public int? Terminating { get; set; }

    /// <summary>Completed indexes of an Indexed job, as intervals: "1,3-5,7".</summary>
    public string? CompletedIndexes { get; set; }

    public string? FailedIndexes { get; set; }

    /// <summary>UIDs of finished pods the controller has not yet counted; see upstream's finalizer-based tracking.</summary>
    public UncountedTerminatedPods? UncountedTerminatedPods { get; set; }

    public int? Ready { get; set; }
}

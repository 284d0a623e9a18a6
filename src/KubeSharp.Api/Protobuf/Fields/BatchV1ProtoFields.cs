using KubeSharp.Api.Batch.V1;

namespace KubeSharp.Api.Protobuf.Fields;

/// <summary>Field numbers of k8s.io/api/batch/v1/generated.proto (kubectl create job / cronjob).</summary>
internal static class BatchV1ProtoFields
{
    public static void AddTo(ProtoFieldRegistry registry) => registry
        .Add<Job>("metadata=1 spec=2 status=3")
        .Add<JobSpec>(
            "parallelism=1* completions=2* activeDeadlineSeconds=3* selector=4 manualSelector=5* template=6 backoffLimit=7* ttlSecondsAfterFinished=8* " +
            "completionMode=9* suspend=10* podFailurePolicy=11 backoffLimitPerIndex=12* maxFailedIndexes=13* podReplacementPolicy=14* managedBy=15* successPolicy=16")
        .Add<JobStatus>(
            "conditions=1 startTime=2 completionTime=3 active=4 succeeded=5 failed=6 completedIndexes=7 uncountedTerminatedPods=8 ready=9* " +
            "failedIndexes=10* terminating=11*")
        .Add<JobCondition>("type=1 status=2 lastProbeTime=3 lastTransitionTime=4 reason=5 message=6")
        .Add<UncountedTerminatedPods>("succeeded=1 failed=2")
        .Add<PodFailurePolicy>("rules=1")
        .Add<PodFailurePolicyRule>("action=1 onExitCodes=2 onPodConditions=3")
        .Add<PodFailurePolicyOnExitCodesRequirement>("containerName=1* operator=2 values=3")
        .Add<PodFailurePolicyOnPodConditionsPattern>("type=1 status=2")
        .Add<SuccessPolicy>("rules=1")
        .Add<SuccessPolicyRule>("succeededIndexes=1* succeededCount=2*")
        .Add<CronJob>("metadata=1 spec=2 status=3")
        .Add<CronJobSpec>("schedule=1 startingDeadlineSeconds=2* concurrencyPolicy=3 suspend=4* jobTemplate=5 successfulJobsHistoryLimit=6* failedJobsHistoryLimit=7* timeZone=8*")
        .Add<JobTemplateSpec>("metadata=1 spec=2")
        .Add<CronJobStatus>("active=1 lastScheduleTime=4 lastSuccessfulTime=5");
}

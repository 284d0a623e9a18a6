using KubeSharp.Api;
using KubeSharp.Api.Apps.V1;
using KubeSharp.Api.Batch.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Defaults;

namespace KubeSharp.Machinery.Tests.Defaults;

/// <summary>apps/v1 and batch/v1 defaults (upstream's apps/v1 and batch/v1 defaults.go).</summary>
public class WorkloadDefaultsTests
{
    private static PodTemplateSpec Template() => new() { Spec = new PodSpec { Containers = [new Container { Name = "c", Image = "nginx" }] } };

    [Fact]
    public void SetDefaultsDeployment_Empty_GetsUpstreamDefaults()
    {
        var deployment = new Deployment { Spec = new DeploymentSpec { Template = Template() } };

        AppsDefaults.SetDefaultsDeployment(deployment);

        var spec = deployment.Spec;
        Assert.Equal(1, spec.Replicas);
        Assert.Equal(DeploymentStrategyType.RollingUpdate, spec.Strategy.Type);
        Assert.Equal(new IntOrString("25%"), spec.Strategy.RollingUpdate!.MaxUnavailable);
        Assert.Equal(new IntOrString("25%"), spec.Strategy.RollingUpdate.MaxSurge);
        Assert.Equal(10, spec.RevisionHistoryLimit);
        Assert.Equal(600, spec.ProgressDeadlineSeconds);
        Assert.Equal(RestartPolicy.Always, spec.Template.Spec.RestartPolicy);
        Assert.Equal(PullPolicy.Always, spec.Template.Spec.Containers[0].ImagePullPolicy);
    }

    [Fact]
    public void SetDefaultsDeployment_Recreate_HasNoRollingUpdate()
    {
        var deployment = new Deployment { Spec = new DeploymentSpec { Strategy = new DeploymentStrategy { Type = DeploymentStrategyType.Recreate }, Replicas = 3 } };

        AppsDefaults.SetDefaultsDeployment(deployment);

        Assert.Null(deployment.Spec.Strategy.RollingUpdate);
        Assert.Equal(3, deployment.Spec.Replicas);
    }

    [Fact]
    public void SetDefaultsStatefulSet_Empty_GetsUpstreamDefaults()
    {
        var statefulSet = new StatefulSet();

        AppsDefaults.SetDefaultsStatefulSet(statefulSet);

        var spec = statefulSet.Spec;
        Assert.Equal(PodManagementPolicyType.OrderedReady, spec.PodManagementPolicy);
        Assert.Equal(StatefulSetUpdateStrategyType.RollingUpdate, spec.UpdateStrategy.Type);
        Assert.Equal(0, spec.UpdateStrategy.RollingUpdate!.Partition);
        Assert.Null(spec.UpdateStrategy.RollingUpdate.MaxUnavailable);
        Assert.Equal(PersistentVolumeClaimRetentionPolicyType.Retain, spec.PersistentVolumeClaimRetentionPolicy!.WhenDeleted);
        Assert.Equal(PersistentVolumeClaimRetentionPolicyType.Retain, spec.PersistentVolumeClaimRetentionPolicy.WhenScaled);
        Assert.Equal(1, spec.Replicas);
        Assert.Equal(10, spec.RevisionHistoryLimit);
    }

    [Fact]
    public void SetDefaultsDaemonSet_Empty_GetsUpstreamDefaults()
    {
        var daemonSet = new DaemonSet();

        AppsDefaults.SetDefaultsDaemonSet(daemonSet);

        Assert.Equal(DaemonSetUpdateStrategyType.RollingUpdate, daemonSet.Spec.UpdateStrategy.Type);
        Assert.Equal(new IntOrString(1), daemonSet.Spec.UpdateStrategy.RollingUpdate!.MaxUnavailable);
        Assert.Equal(new IntOrString(0), daemonSet.Spec.UpdateStrategy.RollingUpdate.MaxSurge);
        Assert.Equal(10, daemonSet.Spec.RevisionHistoryLimit);
    }

    [Theory]
    [InlineData(null, null, null, 1, 1, 6)]
    [InlineData(5, null, null, 5, 1, 6)]
    [InlineData(null, 3, null, null, 3, 6)]
    [InlineData(4, 2, 1, 4, 2, int.MaxValue)]
    public void SetDefaultsJob_CompletionsParallelismBackoff_AsUpstream(int? completions, int? parallelism, int? perIndex, int? wantCompletions, int wantParallelism, int wantBackoff)
    {
        var job = new Job { Spec = new JobSpec { Completions = completions, Parallelism = parallelism, BackoffLimitPerIndex = perIndex, Template = Template() } };

        BatchDefaults.SetDefaultsJob(job);

        Assert.Equal(wantCompletions, job.Spec.Completions);
        Assert.Equal(wantParallelism, job.Spec.Parallelism);
        Assert.Equal(wantBackoff, job.Spec.BackoffLimit);
        Assert.Equal(CompletionMode.NonIndexed, job.Spec.CompletionMode);
        Assert.False(job.Spec.Suspend);
        Assert.Equal(PodReplacementPolicy.TerminatingOrFailed, job.Spec.PodReplacementPolicy);
    }

    [Fact]
    public void SetDefaultsJob_TemplateLabels_CopiedToUnlabelledJob()
    {
        var template = Template();
        template.Metadata.Labels = new() { ["app"] = "batch" };
        var job = new Job { Spec = new JobSpec { Template = template } };

        BatchDefaults.SetDefaultsJob(job);

        Assert.Equal("batch", job.Metadata.Labels!["app"]);
    }

    [Fact]
    public void GenerateJobSelector_NoManualSelector_LabelsTemplateAndSelectsUid()
    {
        var job = new Job { Metadata = new ObjectMeta { Name = "pi", Uid = "u1" }, Spec = new JobSpec { Template = Template() } };

        BatchDefaults.GenerateJobSelector(job);

        Assert.Equal(new Dictionary<string, string> { [JobLabels.ControllerUidLabel] = "u1" }, job.Spec.Selector!.MatchLabels);
        Assert.Equal(new Dictionary<string, string>
        {
            [JobLabels.LegacyJobNameLabel] = "pi",
            [JobLabels.JobNameLabel] = "pi",
            [JobLabels.LegacyControllerUidLabel] = "u1",
            [JobLabels.ControllerUidLabel] = "u1",
        }, job.Spec.Template.Metadata.Labels);
    }

    [Fact]
    public void SetDefaultsCronJob_Empty_GetsUpstreamDefaults()
    {
        var cronJob = new CronJob();

        BatchDefaults.SetDefaultsCronJob(cronJob);

        Assert.Equal(ConcurrencyPolicy.Allow, cronJob.Spec.ConcurrencyPolicy);
        Assert.False(cronJob.Spec.Suspend);
        Assert.Equal(3, cronJob.Spec.SuccessfulJobsHistoryLimit);
        Assert.Equal(1, cronJob.Spec.FailedJobsHistoryLimit);
    }
}

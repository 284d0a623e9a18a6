using KubeSharp.Api.Apps.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Controllers.Deployment;
using KubeSharp.Controllers.Deployment.Util;
using KubeSharp.Controllers.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using static KubeSharp.Controllers.Tests.Fakes.Objects;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Tests.Deployment;

public sealed class DeploymentControllerTests : IAsyncLifetime
{
    private readonly ControllerFixture _f = new();
    private readonly Dictionary<string, string> _labels = Labels("app", "web");
    private DeploymentController _controller = null!;

    public Task InitializeAsync()
    {
        _controller = new DeploymentController(
            _f.Client,
            _f.Informers.InformerFor<V1Deployment>(),
            _f.Informers.InformerFor<V1ReplicaSet>(),
            _f.Informers.InformerFor<Pod>(),
            _f.Recorder,
            _f.Time,
            NullLoggerFactory.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task SyncDeployment_NewDeployment_CreatesReplicaSetNamedByTemplateHash()
    {
        _f.Seed(NewDeployment("web", 3, _labels));

        await SyncAsync();

        var rs = Assert.Single(_f.Api.List<V1ReplicaSet>("default"));
        var hash = rs.Spec.Template.Metadata.Labels![PodTemplateHash.DefaultDeploymentUniqueLabelKey];
        Assert.Equal("web-" + hash, rs.Metadata.Name);
        Assert.Equal(hash, rs.Spec.Selector!.MatchLabels![PodTemplateHash.DefaultDeploymentUniqueLabelKey]);
        Assert.Equal(hash, rs.Metadata.Labels![PodTemplateHash.DefaultDeploymentUniqueLabelKey]);
        Assert.Equal(3, rs.Spec.Replicas);
        Assert.Equal(("1", "3", "4"), (rs.Metadata.Annotations![DeploymentUtil.RevisionAnnotation], rs.Metadata.Annotations[DeploymentUtil.DesiredReplicasAnnotation], rs.Metadata.Annotations[DeploymentUtil.MaxReplicasAnnotation]));
        Assert.Contains($"Normal ScalingReplicaSet Scaled up replica set {rs.Metadata.Name} from 0 to 3", _f.Recorder.Events);

        var d = _f.Api.Get<V1Deployment>("default", "web")!;
        Assert.Equal("1", d.Metadata.Annotations![DeploymentUtil.RevisionAnnotation]);
        var progressing = DeploymentUtil.GetDeploymentCondition(d.Status, DeploymentConditionType.Progressing)!;
        Assert.Equal((ConditionStatus.True, DeploymentUtil.NewReplicaSetReason, $"Created new replica set \"{rs.Metadata.Name}\""), (progressing.Status, progressing.Reason, progressing.Message));
    }

    [Fact]
    public async Task SyncDeployment_TemplateChanged_SurgesNewReplicaSetThenScalesOldDownWithinMaxUnavailable()
    {
        var d = NewDeployment("web", 4, _labels);
        d.Spec.Strategy = new DeploymentStrategy { Type = DeploymentStrategyType.RollingUpdate, RollingUpdate = new RollingUpdateDeployment { MaxSurge = 1, MaxUnavailable = 1 } };
        d = _f.Seed(d);
        var old = _f.Seed(OldReplicaSet(d, "web-old", 4, revision: 1, image: "old"));
        d.Spec.Template.Spec.Containers[0].Image = "new";
        _f.Api.Update(d);
        _f.Resync<V1Deployment>();

        await SyncAsync();

        // Surge: one new pod (4 + maxSurge 1 = 5 in all); the old ReplicaSet is fully available, so one old
        // replica may go as well: 4 available − (4 − maxUnavailable 1) = 1.
        var newRS = Assert.Single(_f.Api.List<V1ReplicaSet>("default"), rs => rs.Metadata.Name != "web-old");
        Assert.Equal(1, newRS.Spec.Replicas);
        Assert.Equal("2", newRS.Metadata.Annotations![DeploymentUtil.RevisionAnnotation]);
        Assert.Equal(3, _f.Api.Get<V1ReplicaSet>("default", "web-old")!.Spec.Replicas);
        Assert.Contains("Normal ScalingReplicaSet Scaled down replica set web-old from 4 to 3", _f.Recorder.Events);

        // Next sync: room for one more new pod (3 + 1 < 5).
        _f.Resync<V1ReplicaSet>();
        _f.Resync<V1Deployment>();
        await SyncAsync();

        Assert.Equal(2, _f.Api.Get<V1ReplicaSet>("default", newRS.Metadata.Name!)!.Spec.Replicas);
        Assert.Equal(3, _f.Api.Get<V1ReplicaSet>("default", "web-old")!.Spec.Replicas);
        Assert.Equal(old.Metadata.Uid, _f.Api.Get<V1ReplicaSet>("default", "web-old")!.Metadata.Uid);
    }

    [Fact]
    public async Task SyncDeployment_Recreate_ScalesOldToZeroBeforeCreatingNew()
    {
        var d = NewDeployment("web", 2, _labels);
        d.Spec.Strategy = new DeploymentStrategy { Type = DeploymentStrategyType.Recreate };
        d = _f.Seed(d);
        var old = _f.Seed(OldReplicaSet(d, "web-old", 2, revision: 1, image: "old"));
        _f.Seed(Pod("web-old-a", _labels).OwnedBy(old, "ReplicaSet"));
        d.Spec.Template.Spec.Containers[0].Image = "new";
        _f.Api.Update(d);
        _f.Resync<V1Deployment>();

        await SyncAsync();

        Assert.Equal(0, _f.Api.Get<V1ReplicaSet>("default", "web-old")!.Spec.Replicas);
        Assert.Single(_f.Api.List<V1ReplicaSet>("default"));

        // The ReplicaSet controller deleted the pod (it counts no more), but it is still terminating.
        var scaledDown = _f.Api.Get<V1ReplicaSet>("default", "web-old")!;
        scaledDown.Status = new ReplicaSetStatus { ObservedGeneration = scaledDown.Metadata.Generation };
        _f.Api.Update(scaledDown);

        // The old ReplicaSet is at zero but its pod still terminates: still no new ReplicaSet.
        _f.Resync<V1ReplicaSet>();
        _f.Resync<V1Deployment>();
        await SyncAsync();
        Assert.Single(_f.Api.List<V1ReplicaSet>("default"));

        // Once the old pod is gone, the new ReplicaSet is created at full size.
        _f.Api.Remove<Pod>("default", "web-old-a");
        _f.Resync<Pod>();
        _f.Resync<V1Deployment>();
        await SyncAsync();
        var newRS = Assert.Single(_f.Api.List<V1ReplicaSet>("default"), rs => rs.Metadata.Name != "web-old");
        Assert.Equal(2, newRS.Spec.Replicas);
    }

    [Fact]
    public async Task SyncDeployment_ScaledFrom2To3_ScalesTheOnlyReplicaSet()
    {
        var d = _f.Seed(NewDeployment("web", 2, _labels));
        await SyncAsync();
        _f.Resync<V1ReplicaSet>();
        d = _f.Api.Get<V1Deployment>("default", "web")!;
        d.Spec.Replicas = 3;
        _f.Api.Update(d);
        _f.Resync<V1Deployment>();

        await SyncAsync();

        var rs = Assert.Single(_f.Api.List<V1ReplicaSet>("default"));
        Assert.Equal(3, rs.Spec.Replicas);
        Assert.Equal("3", rs.Metadata.Annotations![DeploymentUtil.DesiredReplicasAnnotation]);
        Assert.Contains($"Normal ScalingReplicaSet Scaled up replica set {rs.Metadata.Name} from 2 to 3", _f.Recorder.Events);
    }

    [Fact]
    public async Task SyncDeployment_Complete_ReportsNewReplicaSetAvailableAndMinimumAvailability()
    {
        var d = _f.Seed(NewDeployment("web", 2, _labels));
        await SyncAsync();
        var rs = _f.Api.List<V1ReplicaSet>("default")[0];
        rs.Status = new ReplicaSetStatus { Replicas = 2, ReadyReplicas = 2, AvailableReplicas = 2, FullyLabeledReplicas = 2, ObservedGeneration = 1 };
        _f.Api.Update(rs);
        _f.Resync<V1ReplicaSet>();
        _f.Resync<V1Deployment>();

        await SyncAsync();

        var status = _f.Api.Get<V1Deployment>("default", "web")!.Status;
        Assert.Equal((2, 2, 2, 2, (int?)null), (status.Replicas, status.UpdatedReplicas, status.ReadyReplicas, status.AvailableReplicas, status.UnavailableReplicas));
        var available = DeploymentUtil.GetDeploymentCondition(status, DeploymentConditionType.Available)!;
        Assert.Equal((ConditionStatus.True, DeploymentUtil.MinimumReplicasAvailable, "Deployment has minimum availability."), (available.Status, available.Reason, available.Message));
        var progressing = DeploymentUtil.GetDeploymentCondition(status, DeploymentConditionType.Progressing)!;
        Assert.Equal((ConditionStatus.True, DeploymentUtil.NewRSAvailableReason, $"ReplicaSet \"{rs.Metadata.Name}\" has successfully progressed."), (progressing.Status, progressing.Reason, progressing.Message));
        Assert.Equal(d.Metadata.Generation, status.ObservedGeneration);
    }

    [Fact]
    public async Task SyncDeployment_NoProgressPastDeadline_ReportsProgressDeadlineExceeded()
    {
        var d = NewDeployment("web", 2, _labels);
        d.Spec.ProgressDeadlineSeconds = 60;
        _f.Seed(d);
        await SyncAsync();
        _f.Resync<V1ReplicaSet>();
        _f.Resync<V1Deployment>();
        await SyncAsync();

        _f.Time.Advance(TimeSpan.FromSeconds(61));
        _f.Resync<V1Deployment>();
        await SyncAsync();

        var progressing = DeploymentUtil.GetDeploymentCondition(_f.Api.Get<V1Deployment>("default", "web")!.Status, DeploymentConditionType.Progressing)!;
        var rsName = _f.Api.List<V1ReplicaSet>("default")[0].Metadata.Name;
        Assert.Equal((ConditionStatus.False, DeploymentUtil.TimedOutReason, $"ReplicaSet \"{rsName}\" has timed out progressing."), (progressing.Status, progressing.Reason, progressing.Message));
    }

    [Fact]
    public async Task SyncDeployment_Paused_SetsPausedConditionAndDoesNotRollOut()
    {
        var d = _f.Seed(NewDeployment("web", 2, _labels));
        await SyncAsync();
        _f.Resync<V1ReplicaSet>();
        d = _f.Api.Get<V1Deployment>("default", "web")!;
        d.Spec.Paused = true;
        d.Spec.Template.Spec.Containers[0].Image = "new";
        _f.Api.Update(d);
        _f.Resync<V1Deployment>();

        await SyncAsync();

        Assert.Single(_f.Api.List<V1ReplicaSet>("default"));
        var progressing = DeploymentUtil.GetDeploymentCondition(_f.Api.Get<V1Deployment>("default", "web")!.Status, DeploymentConditionType.Progressing)!;
        Assert.Equal((ConditionStatus.Unknown, DeploymentUtil.PausedDeployReason, "Deployment is paused"), (progressing.Status, progressing.Reason, progressing.Message));
    }

    [Fact]
    public async Task SyncDeployment_MoreOldReplicaSetsThanHistoryLimit_DeletesTheOldestScaledDown()
    {
        var d = NewDeployment("web", 1, _labels);
        d.Spec.RevisionHistoryLimit = 1;
        d = _f.Seed(d);
        for (var revision = 1; revision <= 3; revision++)
        {
            _f.Time.Advance(TimeSpan.FromMinutes(1));
            _f.Seed(OldReplicaSet(d, "web-r" + revision, 0, revision, image: "v" + revision));
        }

        await SyncAsync();
        var newRS = _f.Api.List<V1ReplicaSet>("default").Single(rs => !rs.Metadata.Name!.StartsWith("web-r", StringComparison.Ordinal));
        newRS.Status = new ReplicaSetStatus { Replicas = 1, ReadyReplicas = 1, AvailableReplicas = 1, ObservedGeneration = 1 };
        _f.Api.Update(newRS);
        _f.Resync<V1ReplicaSet>();
        _f.Resync<V1Deployment>();
        await SyncAsync();
        _f.Resync<V1Deployment>();

        await SyncAsync();

        Assert.Equal(new[] { "web-r3", newRS.Metadata.Name! }.Order(StringComparer.Ordinal), _f.Api.List<V1ReplicaSet>("default").Select(rs => rs.Metadata.Name!).Order(StringComparer.Ordinal));
    }

    private Task SyncAsync() => _controller.SyncDeploymentAsync("default/web", CancellationToken.None);

    private static V1ReplicaSet OldReplicaSet(V1Deployment d, string name, int replicas, int revision, string image)
    {
        var rs = NewReplicaSet(name, replicas, d.Spec.Selector!.MatchLabels!);
        rs.Spec.Template.Spec.Containers[0].Image = image;
        rs.Metadata.Labels = new(d.Spec.Selector.MatchLabels!);
        rs.Metadata.Annotations = new()
        {
            [DeploymentUtil.RevisionAnnotation] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [DeploymentUtil.DesiredReplicasAnnotation] = DeploymentUtil.Replicas(d).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [DeploymentUtil.MaxReplicasAnnotation] = (DeploymentUtil.Replicas(d) + DeploymentUtil.MaxSurge(d)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        rs.Status = new ReplicaSetStatus { Replicas = replicas, ReadyReplicas = replicas, AvailableReplicas = replicas, ObservedGeneration = 1 };
        return rs.OwnedBy(d, "Deployment");
    }
}

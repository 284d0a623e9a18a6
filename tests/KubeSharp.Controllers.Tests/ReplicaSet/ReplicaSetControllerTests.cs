using System.Net;
using KubeSharp.Api.Apps.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Controllers.ReplicaSet;
using KubeSharp.Controllers.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using static KubeSharp.Controllers.Tests.Fakes.Objects;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Tests.ReplicaSet;

public sealed class ReplicaSetControllerTests : IAsyncLifetime
{
    private readonly ControllerFixture _f = new();
    private readonly Dictionary<string, string> _labels = Labels("app", "web");
    private ReplicaSetController _controller = null!;

    public Task InitializeAsync()
    {
        _controller = new ReplicaSetController(
            _f.Client,
            _f.Informers.InformerFor<V1ReplicaSet>(),
            _f.Informers.InformerFor<Pod>(),
            new RealPodControl(_f.Client, _f.Recorder),
            _f.Time,
            NullLoggerFactory.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task SyncReplicaSet_TooFewPods_CreatesTheDifferenceOwnedByTheReplicaSet()
    {
        var rs = _f.Seed(NewReplicaSet("web", 5, _labels));

        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);

        var pods = _f.Api.List<Pod>("default");
        Assert.Equal(5, pods.Count);
        Assert.All(pods, pod =>
        {
            Assert.StartsWith("web-", pod.Metadata.Name, StringComparison.Ordinal);
            var owner = Assert.Single(pod.Metadata.OwnerReferences!);
            Assert.Equal(("apps/v1", "ReplicaSet", "web", rs.Metadata.Uid, true, true), (owner.ApiVersion, owner.Kind, owner.Name, owner.Uid, owner.Controller, owner.BlockOwnerDeletion));
            Assert.Equal("web", pod.Metadata.Labels!["app"]);
        });
        Assert.Equal(5, _f.Recorder.Events.Count(e => e.StartsWith("Normal SuccessfulCreate Created pod: web-", StringComparison.Ordinal)));

        // The creations are expected but not yet observed through the informer: no second round of creates.
        Assert.False(_controller.Expectations.SatisfiedExpectations("default/web"));
        _f.Api.ClearActions();
        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);
        Assert.Empty(_f.Api.ActionsOf("create", "pods"));
    }

    [Fact]
    public async Task SyncReplicaSet_PodsObservedByInformer_SatisfiesExpectations()
    {
        _f.Seed(NewReplicaSet("web", 2, _labels));
        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);

        foreach (var pod in _f.Api.List<Pod>("default"))
        {
            _controller.AddPod(pod);
        }

        Assert.True(_controller.Expectations.SatisfiedExpectations("default/web"));
    }

    [Fact]
    public async Task SyncReplicaSet_ExpectationsExpire_AfterFiveMinutes()
    {
        _f.Seed(NewReplicaSet("web", 2, _labels));
        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);
        Assert.False(_controller.Expectations.SatisfiedExpectations("default/web"));

        _f.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Assert.True(_controller.Expectations.SatisfiedExpectations("default/web"));
    }

    [Fact]
    public async Task SyncReplicaSet_CreateRefused_StopsAfterFirstBatchAndReportsReplicaFailure()
    {
        _f.Seed(NewReplicaSet("web", 10, _labels));
        _f.Api.Reactors.Add(action => action is { Verb: "create", Resource: "pods" }
            ? FakeApiServer.Error(HttpStatusCode.Forbidden, "Forbidden", "pods \"web-\" is forbidden: exceeded quota: pods")
            : null);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => _controller.SyncReplicaSetAsync("default/web", CancellationToken.None));

        // Slow start: the first batch is one pod; its failure stops the rest.
        Assert.Single(_f.Api.ActionsOf("create", "pods"));
        Assert.Contains("exceeded quota", error.Message, StringComparison.Ordinal);
        Assert.Contains(_f.Recorder.Events, e => e.StartsWith("Warning FailedCreate Error creating: ", StringComparison.Ordinal));
        var status = _f.Api.Get<V1ReplicaSet>("default", "web")!.Status;
        var condition = Assert.Single(status.Conditions!);
        Assert.Equal((ReplicaSetConditionType.ReplicaFailure, ConditionStatus.True, "FailedCreate"), (condition.Type, condition.Status, condition.Reason));
        Assert.Contains("exceeded quota", condition.Message, StringComparison.Ordinal);

        // The nine skipped creations are no longer expected, so the next sync retries at once.
        Assert.True(_controller.Expectations.SatisfiedExpectations("default/web"));
    }

    [Fact]
    public async Task SyncReplicaSet_TooManyPods_DeletesUnassignedPendingAndNotReadyFirst()
    {
        var rs = _f.Seed(NewReplicaSet("web", 1, _labels));
        var now = _f.Time.GetUtcNow();
        _f.Seed(Pod("ready", _labels).Ready(now.AddHours(-1)).OwnedBy(rs, "ReplicaSet"));
        _f.Seed(Pod("pending", _labels, phase: PodPhase.Pending, node: null).OwnedBy(rs, "ReplicaSet"));
        _f.Seed(Pod("not-ready", _labels).OwnedBy(rs, "ReplicaSet"));

        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);

        var deleted = _f.Api.ActionsOf("delete", "pods").Select(a => a.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["not-ready", "pending"], deleted);
        Assert.Equal(["ready"], _f.Api.List<Pod>("default").Select(p => p.Metadata.Name));
        Assert.Contains("Normal SuccessfulDelete Deleted pod: pending", _f.Recorder.Events);
    }

    [Fact]
    public async Task SyncReplicaSet_Status_CountsFullyLabeledReadyAndAvailable()
    {
        var rs = NewReplicaSet("web", 3, _labels);
        rs.Spec.MinReadySeconds = 30;
        rs.Spec.Template.Metadata.Labels!["tier"] = "front";
        rs = _f.Seed(rs);
        var now = _f.Time.GetUtcNow();
        _f.Seed(Pod("a", Labels("app", "web", "tier", "front")).Ready(now.AddMinutes(-5)).OwnedBy(rs, "ReplicaSet"));
        _f.Seed(Pod("b", Labels("app", "web", "tier", "front")).Ready(now.AddSeconds(-10)).OwnedBy(rs, "ReplicaSet"));
        _f.Seed(Pod("c", _labels).OwnedBy(rs, "ReplicaSet"));

        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);

        var status = _f.Api.Get<V1ReplicaSet>("default", "web")!.Status;
        Assert.Equal((3, 2, 2, 1, 1L), (status.Replicas, status.FullyLabeledReplicas, status.ReadyReplicas, status.AvailableReplicas, status.ObservedGeneration));
        Assert.Null(status.Conditions);
    }

    [Fact]
    public async Task SyncReplicaSet_OrphanMatchingSelector_IsAdoptedWithControllerRef()
    {
        var rs = _f.Seed(NewReplicaSet("web", 1, _labels));
        var orphan = _f.Seed(Pod("orphan", _labels));

        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);

        var patch = Assert.Single(_f.Api.ActionsOf("patch", "pods"));
        Assert.Equal("application/strategic-merge-patch+json", patch.ContentType);
        Assert.Equal(
            "{\"metadata\":{\"ownerReferences\":[{\"apiVersion\":\"apps/v1\",\"kind\":\"ReplicaSet\",\"name\":\"web\",\"uid\":\"" + rs.Metadata.Uid
                + "\",\"controller\":true,\"blockOwnerDeletion\":true}],\"uid\":\"" + orphan.Metadata.Uid + "\"}}",
            patch.Body);
        Assert.Equal(rs.Metadata.Uid, ControllerRefs.GetControllerOf(_f.Api.Get<Pod>("default", "orphan")!)!.Uid);
        Assert.Empty(_f.Api.ActionsOf("create", "pods"));
    }

    [Fact]
    public async Task SyncReplicaSet_OwnedPodNoLongerMatching_IsReleasedAndReplaced()
    {
        var rs = _f.Seed(NewReplicaSet("web", 1, _labels));
        _f.Seed(Pod("relabelled", Labels("app", "debug")).OwnedBy(rs, "ReplicaSet"));

        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);

        Assert.Empty(_f.Api.Get<Pod>("default", "relabelled")!.Metadata.OwnerReferences ?? []);
        Assert.Single(_f.Api.ActionsOf("create", "pods"));
    }

    [Fact]
    public async Task SyncReplicaSet_PodOfAnotherController_IsLeftAlone()
    {
        _f.Seed(NewReplicaSet("web", 1, _labels));
        var other = _f.Seed(NewReplicaSet("other", 0, Labels("app", "other")));
        _f.Seed(Pod("theirs", _labels).OwnedBy(other, "ReplicaSet"));

        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);

        Assert.Empty(_f.Api.ActionsOf("patch", "pods"));
        Assert.Single(_f.Api.ActionsOf("create", "pods"));
    }

    [Fact]
    public async Task SyncReplicaSet_Deleted_ForgetsExpectations()
    {
        _f.Seed(NewReplicaSet("web", 2, _labels));
        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);
        _f.Api.Remove<V1ReplicaSet>("default", "web");
        _f.Resync<V1ReplicaSet>();

        await _controller.SyncReplicaSetAsync("default/web", CancellationToken.None);

        Assert.Null(_controller.Expectations.Expectations.GetExpectations("default/web"));
    }

    [Fact]
    public async Task UpdatePod_BecameReadyWithMinReadySeconds_RequeuesAfterMinReadySeconds()
    {
        var rs = NewReplicaSet("web", 1, _labels);
        rs.Spec.MinReadySeconds = 10;
        rs = _f.Seed(rs);
        var old = Pod("a", _labels).OwnedBy(rs, "ReplicaSet");
        old.Metadata.ResourceVersion = "1";
        var cur = Pod("a", _labels).Ready(_f.Time.GetUtcNow()).OwnedBy(rs, "ReplicaSet");
        cur.Metadata.ResourceVersion = "2";

        _controller.UpdatePod(old, cur);
        var (first, _) = await _controller.Queue.GetAsync();
        _controller.Queue.Done(first);
        Assert.Equal(0, _controller.Queue.Length);
        _f.Time.Advance(TimeSpan.FromSeconds(11));

        var (key, _) = await _controller.Queue.GetAsync();
        Assert.Equal("default/web", key);
    }
}

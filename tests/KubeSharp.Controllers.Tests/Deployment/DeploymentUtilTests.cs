using KubeSharp.Api;
using KubeSharp.Controllers.Deployment.Util;
using static KubeSharp.Controllers.Tests.Fakes.Objects;

namespace KubeSharp.Controllers.Tests.Deployment;

public sealed class DeploymentUtilTests
{
    // As upstream's TestResolveFenceposts: surge rounds up, unavailability down, and 0/0 becomes 0/1.
    [Theory]
    [InlineData("25%", "25%", 4, 1, 1)]
    [InlineData("25%", "25%", 10, 3, 2)]
    [InlineData("0%", "0%", 10, 0, 1)]
    [InlineData("1", "0", 10, 1, 0)]
    [InlineData("0", "1", 10, 0, 1)]
    [InlineData("50%", "50%", 3, 2, 1)]
    [InlineData("10%", "10%", 5, 1, 0)]
    public void ResolveFenceposts_IntsAndPercentages_AsUpstream(string maxSurge, string maxUnavailable, int desired, int surge, int unavailable)
    {
        var result = DeploymentUtil.ResolveFenceposts(Parse(maxSurge), Parse(maxUnavailable), desired);

        Assert.Equal((surge, unavailable), result);
    }

    [Theory]
    [InlineData(10, 5, 3, 7)]
    [InlineData(10, 10, 0, 2)]
    [InlineData(4, 3, 1, 3)]
    public void NewRSNewReplicas_RollingUpdate_StaysWithinSurge(int replicas, int oldReplicas, int newReplicas, int expected)
    {
        var d = NewDeployment("web", replicas, Labels("app", "web"));
        d.Spec.Strategy.RollingUpdate = new Api.Apps.V1.RollingUpdateDeployment { MaxSurge = 2, MaxUnavailable = 0 };
        var old = NewReplicaSet("old", oldReplicas, Labels("app", "web"));
        var cur = NewReplicaSet("new", newReplicas, Labels("app", "web"));

        Assert.Equal(expected, DeploymentUtil.NewRSNewReplicas(d, [old, cur], cur));
    }

    [Fact]
    public void SetNewReplicaSetAnnotations_RollbackToOldReplicaSet_KeepsRevisionHistory()
    {
        var d = NewDeployment("web", 1, Labels("app", "web"));
        d.Metadata.Annotations = new() { ["kubernetes.io/change-cause"] = "kubectl set image", [DeploymentUtil.LastAppliedConfigAnnotation] = "{}" };
        var rs = NewReplicaSet("web-1", 1, Labels("app", "web"));
        rs.Metadata.Annotations = new() { [DeploymentUtil.RevisionAnnotation] = "1" };

        var changed = DeploymentUtil.SetNewReplicaSetAnnotations(d, rs, "3", exists: true, 2000);

        Assert.True(changed);
        Assert.Equal("3", rs.Metadata.Annotations[DeploymentUtil.RevisionAnnotation]);
        Assert.Equal("1", rs.Metadata.Annotations[DeploymentUtil.RevisionHistoryAnnotation]);
        Assert.Equal("kubectl set image", rs.Metadata.Annotations["kubernetes.io/change-cause"]);
        Assert.False(rs.Metadata.Annotations.ContainsKey(DeploymentUtil.LastAppliedConfigAnnotation));
    }

    [Fact]
    public void GetProportion_ScaleUpMidRollout_SharesByMaxReplicasAnnotation()
    {
        // Upstream's example: 10 replicas (max 13) resized to 15 (max 18): a ReplicaSet of 5 gets 5 × 18 / 13 ≈ 7, +2.
        var d = NewDeployment("web", 15, Labels("app", "web"));
        d.Spec.Strategy.RollingUpdate = new Api.Apps.V1.RollingUpdateDeployment { MaxSurge = 3, MaxUnavailable = 0 };
        var rs = NewReplicaSet("a", 5, Labels("app", "web"));
        rs.Metadata.Annotations = new() { [DeploymentUtil.MaxReplicasAnnotation] = "13" };

        Assert.Equal(2, DeploymentUtil.GetProportion(rs, d, 5, 0));
        Assert.Equal(1, DeploymentUtil.GetProportion(rs, d, 5, 4));
    }

    private static IntOrString Parse(string value) =>
        int.TryParse(value, out var number) ? new IntOrString(number) : new IntOrString(value);
}

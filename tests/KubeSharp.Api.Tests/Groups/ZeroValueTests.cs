using System.Text.Json.Nodes;
using KubeSharp.Api.Serialization;
using AppsV1 = KubeSharp.Api.Apps.V1;
using AuthenticationV1 = KubeSharp.Api.Authentication.V1;
using AuthorizationV1 = KubeSharp.Api.Authorization.V1;
using BatchV1 = KubeSharp.Api.Batch.V1;
using EventsV1 = KubeSharp.Api.Events.V1;
using RbacV1 = KubeSharp.Api.Rbac.V1;

namespace KubeSharp.Api.Tests.Groups;

/// <summary>
/// What upstream writes for empty objects: non-omitempty fields (with their zero values), structs that Go
/// always writes, and the null it writes for unset Time values and non-omitempty pointers.
/// </summary>
public sealed class ZeroValueTests
{
    [Fact]
    public void Role_Empty_WritesRulesAlways()
    {
        AssertJson("""{"metadata":{},"rules":[]}""", KubeJson.Serialize(new RbacV1.Role()));
    }

    [Fact]
    public void RoleBinding_Empty_WritesRoleRefWithEmptyApiGroup()
    {
        AssertJson("""{"metadata":{},"roleRef":{"apiGroup":"","kind":"","name":""}}""", KubeJson.Serialize(new RbacV1.RoleBinding()));
    }

    [Fact]
    public void Deployment_ExplicitZeroReplicas_SurvivesRoundTrip()
    {
        var json = """{"metadata":{},"spec":{"replicas":0,"selector":null,"template":{"metadata":{},"spec":{"containers":[]}},"strategy":{}},"status":{}}""";

        var deployment = KubeJson.Deserialize<AppsV1.Deployment>(json)!;

        Assert.Equal(0, deployment.Spec.Replicas);
        AssertJson(json, KubeJson.Serialize(deployment));
    }

    [Fact]
    public void Deployment_UnsetReplicas_IsOmitted()
    {
        var deployment = KubeJson.Deserialize<AppsV1.Deployment>("""{"spec":{}}""")!;

        Assert.Null(deployment.Spec.Replicas);
        Assert.DoesNotContain("replicas", KubeJson.Serialize(deployment), StringComparison.Ordinal);
    }

    [Fact]
    public void StatefulSetStatus_Empty_WritesTheNonOmitemptyCounters()
    {
        AssertJson("""{"replicas":0,"availableReplicas":0}""", KubeJson.Serialize(new AppsV1.StatefulSetStatus()));
    }

    [Fact]
    public void DaemonSetStatus_Empty_WritesTheFourRequiredCounters()
    {
        AssertJson(
            """{"currentNumberScheduled":0,"numberMisscheduled":0,"desiredNumberScheduled":0,"numberReady":0}""",
            KubeJson.Serialize(new AppsV1.DaemonSetStatus()));
    }

    [Fact]
    public void TokenRequest_Empty_WritesUpstreamsNulls()
    {
        AssertJson(
            """{"metadata":{},"spec":{"audiences":[],"expirationSeconds":null,"boundObjectRef":null},"status":{"token":"","expirationTimestamp":null}}""",
            KubeJson.Serialize(new AuthenticationV1.TokenRequest()));
    }

    [Fact]
    public void SubjectAccessReviewStatus_NotAllowed_WritesAllowedFalse()
    {
        AssertJson("""{"allowed":false}""", KubeJson.Serialize(new AuthorizationV1.SubjectAccessReviewStatus()));
    }

    [Fact]
    public void JobCondition_Unset_WritesNullTimes()
    {
        AssertJson(
            """{"type":"Complete","status":"True","lastProbeTime":null,"lastTransitionTime":null}""",
            KubeJson.Serialize(new BatchV1.JobCondition { Type = BatchV1.JobConditionType.Complete, Status = "True" }));
    }

    [Fact]
    public void EventsV1Event_Empty_WritesRegardingAndDeprecatedSource()
    {
        AssertJson(
            """{"metadata":{},"eventTime":null,"regarding":{},"deprecatedSource":{},"deprecatedFirstTimestamp":null,"deprecatedLastTimestamp":null}""",
            KubeJson.Serialize(new EventsV1.Event()));
    }

    /// <summary>Compares JSON trees, not strings: property order is not part of the wire contract.</summary>
    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual   {actual}");
}

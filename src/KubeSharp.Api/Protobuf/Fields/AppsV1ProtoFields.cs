using KubeSharp.Api.Apps.V1;

namespace KubeSharp.Api.Protobuf.Fields;

/// <summary>Field numbers of k8s.io/api/apps/v1/generated.proto for Deployment and ReplicaSet (what kubectl creates).</summary>
internal static class AppsV1ProtoFields
{
    public static void AddTo(ProtoFieldRegistry registry) => registry
        .Add<Deployment>("metadata=1 spec=2 status=3")
        .Add<DeploymentSpec>("replicas=1* selector=2 template=3 strategy=4 minReadySeconds=5 revisionHistoryLimit=6* paused=7 progressDeadlineSeconds=9*")
        .Add<DeploymentStrategy>("type=1 rollingUpdate=2")
        .Add<RollingUpdateDeployment>("maxUnavailable=1 maxSurge=2")
        .Add<DeploymentStatus>("observedGeneration=1 replicas=2 updatedReplicas=3 availableReplicas=4 unavailableReplicas=5 conditions=6 readyReplicas=7 collisionCount=8* terminatingReplicas=9*")
        .Add<DeploymentCondition>("type=1 status=2 reason=4 message=5 lastUpdateTime=6 lastTransitionTime=7")
        .Add<ReplicaSet>("metadata=1 spec=2 status=3")
        .Add<ReplicaSetSpec>("replicas=1* selector=2 template=3 minReadySeconds=4")
        .Add<ReplicaSetStatus>("replicas=1 fullyLabeledReplicas=2 observedGeneration=3 readyReplicas=4 availableReplicas=5 conditions=6 terminatingReplicas=7*")
        .Add<ReplicaSetCondition>("type=1 status=2 lastTransitionTime=3 reason=4 message=5");
}

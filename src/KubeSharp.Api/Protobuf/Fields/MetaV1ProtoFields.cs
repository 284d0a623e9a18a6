using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Protobuf.Fields;

/// <summary>Field numbers of k8s.io/apimachinery/pkg/apis/meta/v1/generated.proto.</summary>
internal static class MetaV1ProtoFields
{
    public static void AddTo(ProtoFieldRegistry registry) => registry
        .Add<ObjectMeta>("name=1 generateName=2 namespace=3 selfLink=4 uid=5 resourceVersion=6 generation=7 creationTimestamp=8 deletionTimestamp=9 deletionGracePeriodSeconds=10* labels=11 annotations=12 ownerReferences=13 finalizers=14 managedFields=17")
        .Add<ListMeta>("selfLink=1 resourceVersion=2 continue=3 remainingItemCount=4*")
        .Add<LabelSelector>("matchLabels=1 matchExpressions=2")
        .Add<LabelSelectorRequirement>("key=1 operator=2 values=3")
        .Add<OwnerReference>("kind=1 name=3 uid=4 apiVersion=5 controller=6* blockOwnerDeletion=7*")
        .Add<ManagedFieldsEntry>("manager=1 operation=2 apiVersion=3 time=4 fieldsType=6 fieldsV1=7 subresource=8")
        .Add<Condition>("type=1 status=2 observedGeneration=3 lastTransitionTime=4 reason=5 message=6")
        .Add<DeleteOptions>("gracePeriodSeconds=1* preconditions=2 orphanDependents=3* propagationPolicy=4* dryRun=5 ignoreStoreReadErrorWithClusterBreakingPotential=6*")
        .Add<Preconditions>("uid=1* resourceVersion=2*")
        .Add<FieldSelectorRequirement>("key=1 operator=2 values=3");
}

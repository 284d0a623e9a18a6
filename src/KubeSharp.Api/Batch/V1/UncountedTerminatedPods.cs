using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Batch.V1;

public sealed class UncountedTerminatedPods : KubeModel
{
    [ListType(ListTypeAttribute.Set)]
    public List<string>? Succeeded { get; set; }

    [ListType(ListTypeAttribute.Set)]
    public List<string>? Failed { get; set; }
}

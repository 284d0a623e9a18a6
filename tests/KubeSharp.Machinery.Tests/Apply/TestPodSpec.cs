using KubeSharp.Api;
using KubeSharp.Api.Fields;

namespace KubeSharp.Machinery.Tests.Apply;

public sealed class TestPodSpec : KubeModel
{
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<TestContainer> Containers { get; set; } = [];
}

using KubeSharp.Api;
using KubeSharp.Api.Fields;

namespace KubeSharp.Machinery.Tests.Apply;

public sealed class TestContainer : KubeModel
{
    public string Name { get; set; } = "";

    public string? Image { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Args { get; set; }

    [PatchMergeKey("containerPort")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("containerPort", "protocol")]
    public List<TestPort>? Ports { get; set; }
}

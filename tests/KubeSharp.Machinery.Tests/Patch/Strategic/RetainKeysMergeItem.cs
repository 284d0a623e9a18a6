using KubeSharp.Api;
using KubeSharp.Api.Fields;

namespace KubeSharp.Machinery.Tests.Patch.Strategic;

/// <summary>The retainKeys struct of upstream's strategicpatch tests.</summary>
public sealed class RetainKeysMergeItem : KubeModel
{
    public string? Name { get; set; }

    public string? Value { get; set; }

    public string? Other { get; set; }

    public Dictionary<string, string>? SimpleMap { get; set; }

    [PatchStrategy("merge")]
    public List<long>? MergingIntList { get; set; }

    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    public List<MergeItem>? MergingList { get; set; }

    public List<MergeItem>? NonMergingList { get; set; }
}

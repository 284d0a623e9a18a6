using System.Text.Json;
using KubeSharp.Api;
using KubeSharp.Api.Fields;

namespace KubeSharp.Machinery.Tests.Patch.Strategic;

/// <summary>The shape of upstream's strategicpatch test struct, with the same merge keys and strategies.</summary>
public sealed class MergeItem : KubeModel
{
    public string? Name { get; set; }

    public string? Value { get; set; }

    public string? Other { get; set; }

    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    public List<MergeItem>? MergingList { get; set; }

    public List<MergeItem>? NonMergingList { get; set; }

    [PatchStrategy("merge")]
    public List<long>? MergingIntList { get; set; }

    public List<long>? NonMergingIntList { get; set; }

    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    public List<MergeItem>? MergeItemPtr { get; set; }

    public Dictionary<string, string>? SimpleMap { get; set; }

    [PatchStrategy("replace")]
    public JsonElement? ReplacingItem { get; set; }

    [PatchStrategy("retainKeys")]
    public RetainKeysMergeItem? RetainKeysMap { get; set; }

    [PatchMergeKey("name")]
    [PatchStrategy("merge,retainKeys")]
    public List<MergeItem>? RetainKeysMergingList { get; set; }
}

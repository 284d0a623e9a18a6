using KubeSharp.Api;
using KubeSharp.Api.Fields;

namespace KubeSharp.Machinery.Tests.Apply;

/// <summary>Atomic, as meta/v1 LabelSelector.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class TestSelector : KubeModel
{
    public Dictionary<string, string>? MatchLabels { get; set; }
}

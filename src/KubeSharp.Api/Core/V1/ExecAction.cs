using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A command run in the container (not in a shell), successful when it exits 0.</summary>
public sealed class ExecAction : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Command { get; set; }
}

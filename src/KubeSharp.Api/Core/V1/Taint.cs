namespace KubeSharp.Api.Core.V1;

/// <summary>A mark on a node that repels pods which do not tolerate it.</summary>
public sealed class Taint : KubeModel
{
    public string Key { get; set; } = "";

    public string? Value { get; set; }

    /// <summary>One of <see cref="TaintEffect"/>.</summary>
    public string Effect { get; set; } = "";

    /// <summary>Set only for NoExecute taints.</summary>
    public DateTimeOffset? TimeAdded { get; set; }
}

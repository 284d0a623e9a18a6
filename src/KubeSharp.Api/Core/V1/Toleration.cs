namespace KubeSharp.Api.Core.V1;

/// <summary>Lets a pod tolerate taints that match key, value and effect under the operator.</summary>
public sealed class Toleration : KubeModel
{
    /// <summary>Empty with operator Exists matches every taint.</summary>
    public string? Key { get; set; }

    /// <summary>One of <see cref="TolerationOperator"/>; Equal by default.</summary>
    public string? Operator { get; set; }

    public string? Value { get; set; }

    /// <summary>One of <see cref="TaintEffect"/>; empty matches every effect.</summary>
    public string? Effect { get; set; }

    /// <summary>How long a NoExecute taint is tolerated; null is forever.</summary>
    public long? TolerationSeconds { get; set; }
}

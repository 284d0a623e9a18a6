namespace KubeSharp.Api.Core.V1;

/// <summary>A scope for names, and the unit of quota and access control (cluster-scoped).</summary>
[Kind("", "v1", "Namespace")]
public sealed class Namespace : KubeObject
{
    public NamespaceSpec Spec { get; set; } = new();

    public NamespaceStatus Status { get; set; } = new();
}

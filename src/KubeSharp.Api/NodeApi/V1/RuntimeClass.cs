namespace KubeSharp.Api.NodeApi.V1;

/// <summary>A container runtime configuration pods select with spec.runtimeClassName.</summary>
[Kind("node.k8s.io", "v1", "RuntimeClass")]
public sealed class RuntimeClass : KubeObject
{
    /// <summary>The CRI handler name, a DNS label; immutable.</summary>
    public string Handler { get; set; } = "";

    /// <summary>Resources a pod of this class uses beyond its containers' requests.</summary>
    public Overhead? Overhead { get; set; }

    /// <summary>Constrains pods of this class to nodes that support it.</summary>
    public Scheduling? Scheduling { get; set; }
}

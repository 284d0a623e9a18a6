namespace KubeSharp.Runtime;

/// <summary>CRI <c>NamespaceMode</c>: whose namespace a container or sandbox uses.</summary>
public enum NamespaceMode
{
    /// <summary>Shared by every container of the pod (CRI's zero value).</summary>
    Pod,

    /// <summary>Private to one container.</summary>
    Container,

    /// <summary>The node's (host's) namespace.</summary>
    Node,

    /// <summary>The namespace of the container named by <see cref="NamespaceOption.TargetId"/>.</summary>
    Target,
}

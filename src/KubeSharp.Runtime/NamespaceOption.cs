namespace KubeSharp.Runtime;

/// <summary>CRI <c>NamespaceOption</c>. The kubelet sets <see cref="Pid"/> to <see cref="NamespaceMode.Container"/> for ordinary pods.</summary>
public sealed record NamespaceOption
{
    public NamespaceMode Network { get; init; }

    public NamespaceMode Pid { get; init; }

    public NamespaceMode Ipc { get; init; }

    /// <summary>The container whose namespaces <see cref="NamespaceMode.Target"/> refers to.</summary>
    public string TargetId { get; init; } = "";
}

namespace KubeSharp.Scheduler.Framework.Plugins.NodeResources;

/// <summary>
/// One resource the node lacks (upstream's noderesources.InsufficientResource). Unresolvable means the
/// request exceeds the node's allocatable outright, so evicting pods cannot help.
/// </summary>
public sealed record InsufficientResource(string ResourceName, string Reason, long Requested, long Used, long Capacity, bool Unresolvable);

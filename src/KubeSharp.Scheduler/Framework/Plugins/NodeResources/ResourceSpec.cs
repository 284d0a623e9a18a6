namespace KubeSharp.Scheduler.Framework.Plugins.NodeResources;

/// <summary>A resource the scorer considers, with its weight (upstream's config.ResourceSpec).</summary>
public sealed record ResourceSpec(string Name, long Weight);

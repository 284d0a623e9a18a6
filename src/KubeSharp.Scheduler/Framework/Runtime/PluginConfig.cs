namespace KubeSharp.Scheduler.Framework.Runtime;

/// <summary>
/// One enabled plugin of a profile: its factory and its Score weight. As upstream's multiPoint
/// configuration, the plugin is enabled at every extension point it implements.
/// </summary>
public sealed record PluginConfig(string Name, PluginFactory Factory, int Weight = 1);

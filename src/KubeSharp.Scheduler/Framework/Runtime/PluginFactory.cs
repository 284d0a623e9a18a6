namespace KubeSharp.Scheduler.Framework.Runtime;

/// <summary>Builds a plugin for a profile, given the profile's handle (upstream's runtime.PluginFactory).</summary>
public delegate IPlugin PluginFactory(IFrameworkHandle handle);

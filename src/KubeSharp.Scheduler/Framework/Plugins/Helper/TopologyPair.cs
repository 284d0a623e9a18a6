namespace KubeSharp.Scheduler.Framework.Plugins.Helper;

/// <summary>A topology domain: a node label key and its value (upstream's topologyPair).</summary>
public readonly record struct TopologyPair(string Key, string Value);

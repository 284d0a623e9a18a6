namespace KubeSharp.Scheduler.Framework;

/// <summary>A scheduling framework plugin (upstream's framework.Plugin).</summary>
public interface IPlugin
{
    string Name { get; }
}

namespace KubeSharp.Scheduler.Framework;

/// <summary>Whether a PostFilter result changes the pod's nominated node (upstream's NominatingMode).</summary>
public enum NominatingMode
{
    /// <summary>Leave the nominated node as it is.</summary>
    Noop,

    /// <summary>Set (or clear, with an empty name) the nominated node.</summary>
    Override,
}

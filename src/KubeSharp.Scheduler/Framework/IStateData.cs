namespace KubeSharp.Scheduler.Framework;

/// <summary>Data a plugin keeps in the <see cref="CycleState"/> (upstream's StateData).</summary>
public interface IStateData
{
    /// <summary>A copy safe to change independently (preemption's dry runs clone the cycle state).</summary>
    IStateData Clone();
}

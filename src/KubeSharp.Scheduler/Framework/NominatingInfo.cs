namespace KubeSharp.Scheduler.Framework;

/// <summary>Upstream's framework.NominatingInfo.</summary>
public sealed record NominatingInfo(string NominatedNodeName, NominatingMode Mode);

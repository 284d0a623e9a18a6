using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.DefaultPreemption;

/// <summary>A node where evicting <see cref="Victims"/> lets the preemptor fit (upstream's preemption.Candidate).</summary>
public sealed record Candidate(string Name, IReadOnlyList<Pod> Victims, int NumPDBViolations);

using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Cache;

/// <summary>A pod the cache tracks, and whether its binding finished (upstream's podState).</summary>
internal sealed class PodState(Pod pod)
{
    public Pod Pod { get; set; } = pod;

    public bool BindingFinished { get; set; }
}

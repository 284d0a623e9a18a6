namespace KubeSharp.Api.Core.V1;

/// <summary>A pause before the container is stopped (a preStop hook).</summary>
public sealed class SleepAction : KubeModel
{
    public long Seconds { get; set; }
}

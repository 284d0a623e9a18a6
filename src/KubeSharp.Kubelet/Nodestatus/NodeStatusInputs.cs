namespace KubeSharp.Kubelet.Nodestatus;

/// <summary>What one node status computation reads: the machine, the runtime and the clock.</summary>
public sealed record NodeStatusInputs
{
    public required MachineInfo Machine { get; init; }

    public required string NodeIP { get; init; }

    /// <summary><c>name://version</c> of the container runtime, as the node reports it.</summary>
    public string RuntimeVersion { get; init; } = "";

    /// <summary>Why the runtime is not ready (empty when it is): the Ready condition's message, as upstream's runtimeState errors.</summary>
    public IReadOnlyList<string> RuntimeErrors { get; init; } = [];

    public IReadOnlyList<Runtime.Image> Images { get; init; } = [];

    public DateTimeOffset Now { get; init; }
}

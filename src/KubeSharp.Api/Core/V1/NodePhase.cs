namespace KubeSharp.Api.Core.V1;

/// <summary>Deprecated node phases, never set.</summary>
public static class NodePhase
{
    public const string Pending = "Pending";
    public const string Running = "Running";
    public const string Terminated = "Terminated";
}

namespace KubeSharp.Api.Apps.V1;

public sealed class RollingUpdateDaemonSet : KubeModel
{
    /// <summary>Defaults to 1.</summary>
    public IntOrString? MaxUnavailable { get; set; }

    /// <summary>Defaults to 0.</summary>
    public IntOrString? MaxSurge { get; set; }
}

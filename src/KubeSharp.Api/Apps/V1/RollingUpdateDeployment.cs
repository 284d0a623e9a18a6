namespace KubeSharp.Api.Apps.V1;

public sealed class RollingUpdateDeployment : KubeModel
{
    /// <summary>A count or a percentage (rounded down); defaults to 25%.</summary>
    public IntOrString? MaxUnavailable { get; set; }

    /// <summary>A count or a percentage (rounded up); defaults to 25%.</summary>
    public IntOrString? MaxSurge { get; set; }
}

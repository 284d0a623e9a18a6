namespace KubeSharp.Api.Core.V1;

/// <summary>How a volume mount was actually made.</summary>
public sealed class VolumeMountStatus : KubeModel
{
    public string Name { get; set; } = "";

    public string MountPath { get; set; } = "";

    public bool? ReadOnly { get; set; }

    /// <summary>Disabled or Enabled; an IfPossible request is reported as what it became.</summary>
    public string? RecursiveReadOnly { get; set; }
}

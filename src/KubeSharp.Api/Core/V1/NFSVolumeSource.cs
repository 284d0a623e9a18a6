namespace KubeSharp.Api.Core.V1;

/// <summary>An NFS export.</summary>
public sealed class NFSVolumeSource : KubeModel
{
    public string Server { get; set; } = "";

    public string Path { get; set; } = "";

    public bool? ReadOnly { get; set; }
}

namespace KubeSharp.Api.Core.V1;

/// <summary>SELinux labels of a container.</summary>
public sealed class SELinuxOptions : KubeModel
{
    public string? User { get; set; }

    public string? Role { get; set; }

    public string? Type { get; set; }

    public string? Level { get; set; }
}

namespace KubeSharp.Api.Core.V1;

/// <summary>Maps one key of a ConfigMap or Secret to a relative file path.</summary>
public sealed class KeyToPath : KubeModel
{
    public string Key { get; set; } = "";

    public string Path { get; set; } = "";

    public int? Mode { get; set; }
}

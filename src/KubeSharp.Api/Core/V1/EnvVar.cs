namespace KubeSharp.Api.Core.V1;

/// <summary>One environment variable of a container: a value, or a source to take it from.</summary>
public sealed class EnvVar : KubeModel
{
    public string Name { get; set; } = "";

    /// <summary>$(VAR) references are expanded; $$ escapes.</summary>
    public string? Value { get; set; }

    public EnvVarSource? ValueFrom { get; set; }
}

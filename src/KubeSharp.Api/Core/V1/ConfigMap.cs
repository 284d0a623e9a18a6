namespace KubeSharp.Api.Core.V1;

/// <summary>Non-confidential configuration as key-value pairs (core/v1 ConfigMap).</summary>
[Kind("", "v1", "ConfigMap")]
public sealed class ConfigMap : KubeObject
{
    public bool? Immutable { get; set; }

    public Dictionary<string, string>? Data { get; set; }

    /// <summary>Binary values, base64 on the wire.</summary>
    public Dictionary<string, byte[]>? BinaryData { get; set; }
}

namespace KubeSharp.Api.Core.V1;

/// <summary>Confidential data as key-value pairs; values are bytes, base64 on the wire.</summary>
[Kind("", "v1", "Secret")]
public sealed class Secret : KubeObject
{
    /// <summary>The largest total size of a Secret's data: 1 MiB.</summary>
    public const int MaxSecretSize = 1024 * 1024;

    public bool? Immutable { get; set; }

    public Dictionary<string, byte[]>? Data { get; set; }

    /// <summary>Write-only convenience: merged into data on write and never returned by the server.</summary>
    public Dictionary<string, string>? StringData { get; set; }

    /// <summary>One of <see cref="SecretType"/>; Opaque by default.</summary>
    public string? Type { get; set; }
}

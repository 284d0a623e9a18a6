namespace KubeSharp.Api.Core.V1;

/// <summary>Settings of ClientIP session affinity.</summary>
public sealed class ClientIPConfig : KubeModel
{
    /// <summary>The default sticky time: three hours.</summary>
    public const int DefaultTimeoutSeconds = 10800;

    /// <summary>1 to 86400; <see cref="DefaultTimeoutSeconds"/> by default.</summary>
    public int? TimeoutSeconds { get; set; }
}

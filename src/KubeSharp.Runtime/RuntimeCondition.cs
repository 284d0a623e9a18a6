namespace KubeSharp.Runtime;

/// <summary>CRI <c>RuntimeCondition</c>: one observed condition of the runtime.</summary>
public sealed record RuntimeCondition
{
    /// <summary>The kubelet requires these two for the node to be ready.</summary>
    public const string RuntimeReady = "RuntimeReady";

    /// <inheritdoc cref="RuntimeReady"/>
    public const string NetworkReady = "NetworkReady";

    public string Type { get; init; } = "";

    public bool Status { get; init; }

    /// <summary>Brief CamelCase reason for the last transition.</summary>
    public string Reason { get; init; } = "";

    public string Message { get; init; } = "";
}

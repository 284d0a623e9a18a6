namespace KubeSharp.Runtime;

/// <summary>CRI <c>DNSConfig</c>: what goes into the sandbox's resolv.conf.</summary>
public sealed record DnsConfig
{
    public IReadOnlyList<string> Servers { get; init; } = [];

    public IReadOnlyList<string> Searches { get; init; } = [];

    public IReadOnlyList<string> Options { get; init; } = [];
}

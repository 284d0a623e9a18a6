namespace KubeSharp.Runtime.Cni;

/// <summary>What a sandbox got from the default network: its IPs (first IPv4 first) and the raw CNI result.</summary>
internal sealed record CniNetworkResult(IReadOnlyList<string> Ips, string ResultJson);

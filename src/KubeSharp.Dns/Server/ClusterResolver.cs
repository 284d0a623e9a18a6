using System.Net;
using System.Net.Sockets;
using KubeSharp.Dns.Protocol;
using KubeSharp.Dns.Records;

namespace KubeSharp.Dns.Server;

/// <summary>
/// Answers questions about the cluster zone and its reverse records from the current <see cref="ClusterZone"/>;
/// returns null for a question the cluster has no say on (forwarded upstream), as CoreDNS's kubernetes plugin
/// with <c>pods insecure</c> and <c>fallthrough in-addr.arpa ip6.arpa</c>, k3s's configuration, does.
/// </summary>
internal static class ClusterResolver
{
    public static ZoneAnswer? Resolve(ClusterZone zone, string lowerName, ushort type)
    {
        var inZone = zone.Contains(lowerName);
        var records = zone.Lookup(lowerName);
        if (!inZone)
        {
            // Reverse records of service and endpoint addresses; other reverse names fall through upstream.
            return records is null ? null : Select(zone, records, type, exists: true);
        }

        if (lowerName == zone.Domain && type is RecordType.Soa or RecordType.Any)
        {
            return new ZoneAnswer(ResponseCode.NoError, [zone.Soa], null);
        }

        if (records is null && PodAddress(zone, lowerName) is { } pod)
        {
            records = [new AddressRecord(lowerName, ClusterZone.DefaultTtl, pod)];
        }

        return Select(zone, records ?? [], type, zone.Exists(lowerName) || records is not null);
    }

    private static ZoneAnswer Select(ClusterZone zone, IReadOnlyList<DnsRecord> records, ushort type, bool exists)
    {
        var answers = new List<DnsRecord>();
        foreach (var record in records)
        {
            // A CNAME answers every type at its name (RFC 1034 §3.6.2); the resolver follows it.
            if (type == RecordType.Any || record.Type == type || record.Type == RecordType.Cname)
            {
                answers.Add(record);
            }
        }

        if (answers.Count > 0)
        {
            return new ZoneAnswer(ResponseCode.NoError, answers, null);
        }

        return new ZoneAnswer(exists ? ResponseCode.NoError : ResponseCode.NameError, [], zone.Soa);
    }

    /// <summary>
    /// <c>1-2-3-4.&lt;namespace&gt;.pod.&lt;zone&gt;</c> (and dashed IPv6) answers with the address it spells, without
    /// checking a pod has it (CoreDNS's <c>pods insecure</c>, what k3s configures).
    /// </summary>
    private static IPAddress? PodAddress(ClusterZone zone, string lowerName)
    {
        var suffix = ".pod." + zone.Domain;
        if (!lowerName.EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var head = lowerName[..^suffix.Length];
        var dot = head.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || head.IndexOf('.', dot + 1) >= 0)
        {
            return null;
        }

        var label = head[..dot];
        if (label.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var v4 = label.Replace('-', '.');
        if (IPAddress.TryParse(v4, out var address) && address.AddressFamily == AddressFamily.InterNetwork && v4.Count(c => c == '.') == 3)
        {
            return address;
        }

        return IPAddress.TryParse(label.Replace('-', ':'), out address) && address.AddressFamily == AddressFamily.InterNetworkV6 ? address : null;
    }
}

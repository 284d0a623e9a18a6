using System.Net;
using System.Net.Sockets;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Discovery.V1;

namespace KubeSharp.Dns.Records;

/// <summary>
/// An immutable snapshot of the cluster's records, built from Services and EndpointSlices as the Kubernetes
/// DNS-based service discovery specification (kubernetes/dns docs/specification.md, version 1.1.0) and CoreDNS's
/// kubernetes plugin define them. Lookups are by lower-case name; every ancestor of a name exists too (an empty
/// non-terminal), so a query for it is NODATA, not NXDOMAIN.
/// </summary>
public sealed class ClusterZone
{
    /// <summary>The specification version served at <c>dns-version.&lt;zone&gt;</c>.</summary>
    public const string SchemaVersion = "1.1.0";

    /// <summary>CoreDNS's kubernetes plugin answers with a 5 s TTL, and uses it as the negative-caching TTL.</summary>
    public const uint DefaultTtl = 5;

    /// <summary>The label that ties an EndpointSlice to its Service.</summary>
    public const string ServiceNameLabel = "kubernetes.io/service-name";

    private readonly Dictionary<string, List<DnsRecord>> _records;
    private readonly HashSet<string> _names;

    private ClusterZone(string domain, Dictionary<string, List<DnsRecord>> records, HashSet<string> names, uint serial)
    {
        Domain = domain;
        _records = records;
        _names = names;
        Soa = new SoaRecord(domain, DefaultTtl, $"ns.dns.{domain}", $"hostmaster.{domain}", serial, 7200, 1800, 86400, DefaultTtl);
    }

    /// <summary>The cluster domain, e.g. <c>cluster.local</c> (lower case, no trailing dot).</summary>
    public string Domain { get; }

    /// <summary>The zone's SOA, for negative answers.</summary>
    public SoaRecord Soa { get; }

    public int NameCount => _names.Count;

    /// <summary>An empty zone: only the version record (before the first sync).</summary>
    public static ClusterZone Empty(string domain) => Build(domain, [], [], 1);

    /// <summary>Builds every record of the cluster.</summary>
    public static ClusterZone Build(string domain, IEnumerable<Service> services, IEnumerable<EndpointSlice> slices, uint serial)
    {
        domain = domain.Trim('.').ToLowerInvariant();
        var builder = new ZoneBuilder(domain);
        builder.Add(new TxtRecord($"dns-version.{domain}", DefaultTtl, SchemaVersion));

        var slicesByService = new Dictionary<(string Namespace, string Name), List<EndpointSlice>>();
        foreach (var slice in slices)
        {
            if (slice.Metadata.Labels?.GetValueOrDefault(ServiceNameLabel) is { Length: > 0 } service)
            {
                var key = (slice.Metadata.Namespace ?? "", service);
                if (!slicesByService.TryGetValue(key, out var list))
                {
                    slicesByService[key] = list = [];
                }

                list.Add(slice);
            }
        }

        foreach (var service in services)
        {
            var ns = service.Metadata.Namespace ?? "";
            var name = service.Metadata.Name ?? "";
            if (ns.Length == 0 || name.Length == 0)
            {
                continue;
            }

            var fqdn = $"{name}.{ns}.svc.{domain}".ToLowerInvariant();
            var spec = service.Spec ?? new ServiceSpec();
            if (spec.Type == "ExternalName")
            {
                if (spec.ExternalName is { Length: > 0 } external)
                {
                    builder.Add(new CnameRecord(fqdn, DefaultTtl, external.TrimEnd('.')));
                }

                continue;
            }

            if (spec.ClusterIP == ServiceSpec.ClusterIPNone)
            {
                AddHeadless(builder, fqdn, spec, slicesByService.GetValueOrDefault((ns, name)) ?? []);
            }
            else
            {
                AddClusterIP(builder, fqdn, spec);
            }
        }

        return new ClusterZone(domain, builder.Records, builder.Names, serial);
    }

    /// <summary>The records at a name (lower case), or null.</summary>
    public IReadOnlyList<DnsRecord>? Lookup(string lowerName) => _records.GetValueOrDefault(lowerName);

    /// <summary>True when the name, or a name below it, has records.</summary>
    public bool Exists(string lowerName) => _names.Contains(lowerName);

    /// <summary>True for the zone itself and every name under it.</summary>
    public bool Contains(string lowerName) =>
        lowerName == Domain || (lowerName.Length > Domain.Length && lowerName.EndsWith(Domain, StringComparison.Ordinal) && lowerName[^(Domain.Length + 1)] == '.');

    /// <summary>The reverse-lookup name of an address: <c>4.3.2.1.in-addr.arpa</c>, or nibbles under <c>ip6.arpa</c>.</summary>
    public static string ReverseName(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return $"{bytes[3]}.{bytes[2]}.{bytes[1]}.{bytes[0]}.in-addr.arpa";
        }

        var nibbles = new List<string>(33);
        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            nibbles.Add((bytes[i] & 0xF).ToString("x", System.Globalization.CultureInfo.InvariantCulture));
            nibbles.Add((bytes[i] >> 4).ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        }

        nibbles.Add("ip6.arpa");
        return string.Join('.', nibbles);
    }

    /// <summary>CoreDNS's name for an endpoint without a hostname: its address with dashes (<c>10-42-0-5</c>).</summary>
    public static string DashedAddress(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetwork
            ? address.ToString().Replace('.', '-')
            : address.ToString().Replace(':', '-');

    private static void AddClusterIP(ZoneBuilder builder, string fqdn, ServiceSpec spec)
    {
        var ips = spec.ClusterIPs is { Count: > 0 } list ? list : spec.ClusterIP is { Length: > 0 } one ? [one] : [];
        foreach (var ip in ips)
        {
            if (IPAddress.TryParse(ip, out var address))
            {
                builder.Add(new AddressRecord(fqdn, DefaultTtl, address));
                builder.AddReverse(new PtrRecord(ReverseName(address), DefaultTtl, fqdn));
            }
        }

        if (ips.Count == 0)
        {
            // A service without an address yet still exists (NODATA rather than NXDOMAIN).
            builder.AddName(fqdn);
        }

        foreach (var port in spec.Ports ?? [])
        {
            if (port.Name is { Length: > 0 } portName)
            {
                builder.Add(new SrvRecord(SrvName(portName, port.Protocol, fqdn), DefaultTtl, 0, 100, (ushort)port.Port, fqdn));
            }
        }
    }

    private static void AddHeadless(ZoneBuilder builder, string fqdn, ServiceSpec spec, List<EndpointSlice> slices)
    {
        builder.AddName(fqdn);
        var targets = new List<(string Target, IPAddress Address, EndpointSlice Slice)>();
        foreach (var slice in slices)
        {
            foreach (var endpoint in slice.Endpoints)
            {
                // An unset ready condition means ready (EndpointSlice API); publishNotReadyAddresses publishes all.
                if (endpoint.Conditions.Ready == false && spec.PublishNotReadyAddresses != true)
                {
                    continue;
                }

                foreach (var text in endpoint.Addresses)
                {
                    if (!IPAddress.TryParse(text, out var address))
                    {
                        continue;
                    }

                    var host = endpoint.Hostname is { Length: > 0 } hostname ? hostname.ToLowerInvariant() : DashedAddress(address);
                    var target = $"{host}.{fqdn}";
                    builder.Add(new AddressRecord(fqdn, DefaultTtl, address));
                    builder.Add(new AddressRecord(target, DefaultTtl, address));
                    builder.AddReverse(new PtrRecord(ReverseName(address), DefaultTtl, target));
                    targets.Add((target, address, slice));
                }
            }
        }

        // SRV: one record per ready endpoint and named port, weights splitting 100 between the endpoints of a port.
        var byPort = new Dictionary<string, List<(string Target, ushort Port)>>();
        foreach (var (target, _, slice) in targets)
        {
            foreach (var port in slice.Ports)
            {
                if (port.Name is { Length: > 0 } portName && port.Port is { } number)
                {
                    var srvName = SrvName(portName, port.Protocol, fqdn);
                    if (!byPort.TryGetValue(srvName, out var list))
                    {
                        byPort[srvName] = list = [];
                    }

                    list.Add((target, (ushort)number));
                }
            }
        }

        foreach (var (srvName, entries) in byPort)
        {
            var weight = (ushort)Math.Max(1, 100 / entries.Count);
            foreach (var (target, port) in entries)
            {
                builder.Add(new SrvRecord(srvName, DefaultTtl, 0, weight, port, target));
            }
        }
    }

    private static string SrvName(string portName, string? protocol, string fqdn) =>
        $"_{portName.ToLowerInvariant()}._{(protocol ?? "TCP").ToLowerInvariant()}.{fqdn}";

    /// <summary>Collects records and every ancestor name inside the zone.</summary>
    private sealed class ZoneBuilder(string domain)
    {
        public Dictionary<string, List<DnsRecord>> Records { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal) { domain };

        public void Add(DnsRecord record)
        {
            if (!Records.TryGetValue(record.Name, out var list))
            {
                Records[record.Name] = list = [];
            }

            if (!list.Contains(record))
            {
                list.Add(record);
            }

            AddName(record.Name);
        }

        /// <summary>Reverse records live outside the zone: no ancestors are recorded for them.</summary>
        public void AddReverse(PtrRecord record)
        {
            if (!Records.TryGetValue(record.Name, out var list))
            {
                Records[record.Name] = list = [];
            }

            if (!list.Contains(record))
            {
                list.Add(record);
            }
        }

        public void AddName(string name)
        {
            var current = name;
            while (current.Length > domain.Length && Names.Add(current))
            {
                var dot = current.IndexOf('.', StringComparison.Ordinal);
                if (dot < 0)
                {
                    break;
                }

                current = current[(dot + 1)..];
            }
        }
    }
}

using KubeSharp.Dns.Protocol;
using KubeSharp.Dns.Records;
using KubeSharp.Dns.Server;

namespace KubeSharp.Dns.Tests;

/// <summary>
/// The records of the Kubernetes DNS specification (kubernetes/dns docs/specification.md) and CoreDNS's kubernetes
/// plugin with <c>pods insecure</c> and <c>fallthrough in-addr.arpa ip6.arpa</c>, question by question.
/// </summary>
public sealed class ClusterResolverTests
{
    private static readonly ClusterZone Zone = ClusterZone.Build(
        "cluster.local",
        [
            ClusterObjects.ClusterIP("default", "web", "10.43.0.20", ("http", 80, "TCP"), ("dns", 53, "UDP"), ("", 8080, "TCP")),
            ClusterObjects.Headless("default", "db"),
            ClusterObjects.Headless("default", "pending", publishNotReady: true),
            ClusterObjects.Headless("default", "empty"),
            ClusterObjects.ExternalName("other", "ext", "example.com."),
        ],
        [
            ClusterObjects.Slice("default", "db", [("mysql", 3306)], ("10.42.0.5", true, "db-0"), ("10.42.0.6", null, null), ("10.42.0.7", false, null)),
            ClusterObjects.Slice("default", "pending", [], ("10.42.0.9", false, null)),
            ClusterObjects.Slice("default", "orphan", [], ("10.42.0.10", true, null)),
        ],
        serial: 7);

    public static TheoryData<string, ushort, string> Questions => new()
    {
        // ClusterIP services: the address, named ports as SRV pointing at the service, reverse records.
        { "web.default.svc.cluster.local", RecordType.A, "NOERROR A web.default.svc.cluster.local 10.43.0.20" },
        { "web.default.svc.cluster.local", RecordType.Aaaa, "NOERROR +SOA" },
        { "web.default.svc.cluster.local", RecordType.Any, "NOERROR A web.default.svc.cluster.local 10.43.0.20" },
        { "_http._tcp.web.default.svc.cluster.local", RecordType.Srv, "NOERROR SRV _http._tcp.web.default.svc.cluster.local 0 100 80 web.default.svc.cluster.local" },
        { "_dns._udp.web.default.svc.cluster.local", RecordType.Srv, "NOERROR SRV _dns._udp.web.default.svc.cluster.local 0 100 53 web.default.svc.cluster.local" },
        { "_http._udp.web.default.svc.cluster.local", RecordType.Srv, "NXDOMAIN +SOA" },
        { "_tcp.web.default.svc.cluster.local", RecordType.Srv, "NOERROR +SOA" },
        { "20.0.43.10.in-addr.arpa", RecordType.Ptr, "NOERROR PTR 20.0.43.10.in-addr.arpa web.default.svc.cluster.local" },

        // Headless services: ready endpoint addresses, a name per endpoint (hostname, else the dashed address).
        { "db.default.svc.cluster.local", RecordType.A, "NOERROR A db.default.svc.cluster.local 10.42.0.5;A db.default.svc.cluster.local 10.42.0.6" },
        { "db-0.db.default.svc.cluster.local", RecordType.A, "NOERROR A db-0.db.default.svc.cluster.local 10.42.0.5" },
        { "10-42-0-6.db.default.svc.cluster.local", RecordType.A, "NOERROR A 10-42-0-6.db.default.svc.cluster.local 10.42.0.6" },
        { "10-42-0-7.db.default.svc.cluster.local", RecordType.A, "NXDOMAIN +SOA" },
        { "_mysql._tcp.db.default.svc.cluster.local", RecordType.Srv, "NOERROR SRV _mysql._tcp.db.default.svc.cluster.local 0 50 3306 10-42-0-6.db.default.svc.cluster.local;SRV _mysql._tcp.db.default.svc.cluster.local 0 50 3306 db-0.db.default.svc.cluster.local" },
        { "5.0.42.10.in-addr.arpa", RecordType.Ptr, "NOERROR PTR 5.0.42.10.in-addr.arpa db-0.db.default.svc.cluster.local" },
        { "pending.default.svc.cluster.local", RecordType.A, "NOERROR A pending.default.svc.cluster.local 10.42.0.9" },
        { "empty.default.svc.cluster.local", RecordType.A, "NOERROR +SOA" },
        { "orphan.default.svc.cluster.local", RecordType.A, "NXDOMAIN +SOA" },

        // ExternalName: a CNAME whatever the type asked.
        { "ext.other.svc.cluster.local", RecordType.A, "NOERROR CNAME ext.other.svc.cluster.local example.com" },

        // Pods (insecure mode): the address the name spells.
        { "1-2-3-4.default.pod.cluster.local", RecordType.A, "NOERROR A 1-2-3-4.default.pod.cluster.local 1.2.3.4" },
        { "1-2-3.default.pod.cluster.local", RecordType.A, "NXDOMAIN +SOA" },
        { "x.1-2-3-4.default.pod.cluster.local", RecordType.A, "NXDOMAIN +SOA" },

        // The zone itself, its version record, names that do not exist, empty non-terminals.
        { "dns-version.cluster.local", RecordType.Txt, "NOERROR TXT dns-version.cluster.local 1.1.0" },
        { "cluster.local", RecordType.Soa, "NOERROR SOA cluster.local ns.dns.cluster.local" },
        { "missing.default.svc.cluster.local", RecordType.A, "NXDOMAIN +SOA" },
        { "default.svc.cluster.local", RecordType.A, "NOERROR +SOA" },
        { "svc.cluster.local", RecordType.A, "NOERROR +SOA" },
        { "nosuchns.svc.cluster.local", RecordType.A, "NXDOMAIN +SOA" },

        // Everything else is forwarded upstream, including reverse names of addresses the cluster does not own.
        { "example.com", RecordType.A, "FORWARD" },
        { "cluster.local.example.com", RecordType.A, "FORWARD" },
        { "9.9.9.9.in-addr.arpa", RecordType.Ptr, "FORWARD" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void Resolve_Question_AnswersAsTheSpecification(string name, ushort type, string expected)
    {
        var answer = ClusterResolver.Resolve(Zone, name, type);

        Assert.Equal(expected, Describe(answer));
    }

    [Fact]
    public void Resolve_NegativeAnswer_CarriesTheZoneSoaWithFiveSecondMinimum()
    {
        var answer = ClusterResolver.Resolve(Zone, "missing.default.svc.cluster.local", RecordType.A)!;

        Assert.Equal(ClusterZone.DefaultTtl, answer.Authority!.Minimum);
        Assert.Equal("hostmaster.cluster.local", answer.Authority.Mailbox);
        Assert.Equal(7u, answer.Authority.Serial);
    }

    private static string Describe(ZoneAnswer? answer)
    {
        if (answer is null)
        {
            return "FORWARD";
        }

        var code = answer.ResponseCode == ResponseCode.NameError ? "NXDOMAIN" : "NOERROR";
        var records = answer.Answers.Select(Describe).Order(StringComparer.Ordinal).ToList();
        var text = records.Count > 0 ? code + " " + string.Join(";", records) : code;
        return answer.Authority is null ? text : text + " +SOA";
    }

    private static string Describe(DnsRecord record) => record switch
    {
        AddressRecord a => $"A {a.Name} {a.Address}",
        SrvRecord srv => $"SRV {srv.Name} {srv.Priority} {srv.Weight} {srv.Port} {srv.Target}",
        PtrRecord ptr => $"PTR {ptr.Name} {ptr.Target}",
        CnameRecord cname => $"CNAME {cname.Name} {cname.Target}",
        TxtRecord txt => $"TXT {txt.Name} {txt.Text}",
        SoaRecord soa => $"SOA {soa.Name} {soa.PrimaryServer}",
        _ => record.ToString(),
    };
}

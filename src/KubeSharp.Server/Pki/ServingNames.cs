using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace KubeSharp.Server.Pki;

/// <summary>
/// The DNS names and IP addresses the serving certificate must carry: loopback, the host's own names and
/// addresses, and the in-cluster names of the <c>kubernetes</c> service (upstream's
/// <c>kubernetes.default.svc.cluster.local</c> family plus the service IP).
/// </summary>
public sealed record ServingNames(IReadOnlyList<string> DnsNames, IReadOnlyList<IPAddress> Addresses)
{
    /// <summary>The names every API server certificate carries, as upstream's apiserver and k3s do.</summary>
    public static readonly string[] ClusterDnsNames =
    [
        "localhost",
        "kubernetes",
        "kubernetes.default",
        "kubernetes.default.svc",
        "kubernetes.default.svc.cluster.local",
    ];

    /// <summary>Loopback, the host name and every non-link-local address of this machine, and the service IP.</summary>
    public static ServingNames ForThisHost(IPAddress serviceIP, IPAddress bindAddress)
    {
        var dnsNames = new List<string>(ClusterDnsNames);
        var hostName = System.Net.Dns.GetHostName();
        if (!string.IsNullOrEmpty(hostName) && !dnsNames.Contains(hostName, StringComparer.OrdinalIgnoreCase))
        {
            dnsNames.Add(hostName.ToLowerInvariant());
        }

        var addresses = new List<IPAddress> { IPAddress.Loopback, IPAddress.IPv6Loopback, serviceIP };
        if (!bindAddress.Equals(IPAddress.Any) && !bindAddress.Equals(IPAddress.IPv6Any))
        {
            addresses.Add(bindAddress);
        }

        foreach (var networkInterface in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (networkInterface.OperationalStatus != OperationalStatus.Up)
            {
                continue;
            }

            foreach (var unicast in networkInterface.GetIPProperties().UnicastAddresses)
            {
                var address = unicast.Address;
                if (address.AddressFamily == AddressFamily.InterNetworkV6 && (address.IsIPv6LinkLocal || address.ScopeId != 0))
                {
                    continue;
                }

                addresses.Add(address);
            }
        }

        return new ServingNames(dnsNames, addresses.Distinct().ToList());
    }

    /// <summary>True when <paramref name="certificate"/> already carries every name and address.</summary>
    public bool AreCoveredBy(X509Certificate2 certificate)
    {
        var extension = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault();
        if (extension is null)
        {
            return false;
        }

        var dns = extension.EnumerateDnsNames().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ips = extension.EnumerateIPAddresses().ToHashSet();
        return DnsNames.All(dns.Contains) && Addresses.All(ips.Contains);
    }

    public SubjectAlternativeNameBuilder ToBuilder()
    {
        var builder = new SubjectAlternativeNameBuilder();
        foreach (var name in DnsNames)
        {
            builder.AddDnsName(name);
        }

        foreach (var address in Addresses)
        {
            builder.AddIpAddress(address);
        }

        return builder;
    }
}

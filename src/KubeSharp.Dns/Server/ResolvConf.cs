using System.Net;

namespace KubeSharp.Dns.Server;

/// <summary>The host's resolvers from a resolv.conf, as CoreDNS's <c>forward . /etc/resolv.conf</c> reads them.</summary>
public static class ResolvConf
{
    public const string DefaultPath = "/etc/resolv.conf";

    /// <summary>Every <c>nameserver</c> on port 53; a missing file has none.</summary>
    public static IReadOnlyList<IPEndPoint> ReadNameservers(string path = DefaultPath)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var servers = new List<IPEndPoint>();
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && fields[0] == "nameserver" && IPAddress.TryParse(fields[1].Split('%')[0], out var address))
            {
                servers.Add(new IPEndPoint(address, 53));
            }
        }

        return servers;
    }
}

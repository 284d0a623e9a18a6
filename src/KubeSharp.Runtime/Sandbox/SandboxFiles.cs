using System.Text;

namespace KubeSharp.Runtime.Sandbox;

/// <summary>The per-sandbox /etc files bind-mounted into every container: hostname, hosts, resolv.conf.</summary>
internal static class SandboxFiles
{
    public static void WriteHostname(string path, string hostname) => File.WriteAllText(path, hostname + "\n");

    /// <summary>A localhost hosts file plus the pod's own name, as containerd writes for a sandbox.</summary>
    public static void WriteHosts(string path, string hostname, string? ip)
    {
        var builder = new StringBuilder();
        builder.Append("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n");
        if (ip is not null && hostname.Length > 0)
        {
            builder.Append(ip).Append('\t').Append(hostname).Append('\n');
        }

        File.WriteAllText(path, builder.ToString());
    }

    /// <summary>
    /// resolv.conf from the CRI DNS config (nameserver, search, options lines), or a copy of the host's when
    /// the kubelet gives none.
    /// </summary>
    public static void WriteResolvConf(string path, DnsConfig? dns)
    {
        if (dns is null)
        {
            File.WriteAllText(path, File.Exists("/etc/resolv.conf") ? File.ReadAllText("/etc/resolv.conf") : "");
            return;
        }

        var builder = new StringBuilder();
        if (dns.Searches.Count > 0)
        {
            builder.Append("search ").AppendJoin(' ', dns.Searches).Append('\n');
        }

        foreach (var server in dns.Servers)
        {
            builder.Append("nameserver ").Append(server).Append('\n');
        }

        if (dns.Options.Count > 0)
        {
            builder.Append("options ").AppendJoin(' ', dns.Options).Append('\n');
        }

        File.WriteAllText(path, builder.ToString());
    }
}

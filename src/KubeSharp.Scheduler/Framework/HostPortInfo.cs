namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// Host ports in use on a node, by IP, protocol and port (upstream's framework.HostPortInfo). An empty IP
/// means 0.0.0.0, which conflicts with the same port on any IP.
/// </summary>
public sealed class HostPortInfo
{
    private const string DefaultIP = "0.0.0.0";
    private const string DefaultProtocol = "TCP";

    private readonly Dictionary<string, HashSet<(string Protocol, int Port)>> _ports = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var set in _ports.Values)
            {
                count += set.Count;
            }

            return count;
        }
    }

    public void Add(string? ip, string? protocol, int port)
    {
        if (port <= 0)
        {
            return;
        }

        var key = Sanitize(ip, ref protocol);
        if (!_ports.TryGetValue(key, out var set))
        {
            set = [];
            _ports[key] = set;
        }

        set.Add((protocol!, port));
    }

    public void Remove(string? ip, string? protocol, int port)
    {
        if (port <= 0)
        {
            return;
        }

        var key = Sanitize(ip, ref protocol);
        if (_ports.TryGetValue(key, out var set))
        {
            set.Remove((protocol!, port));
            if (set.Count == 0)
            {
                _ports.Remove(key);
            }
        }
    }

    /// <summary>Upstream's CheckConflict: 0.0.0.0 conflicts with the port on every IP, and every IP with 0.0.0.0.</summary>
    public bool CheckConflict(string? ip, string? protocol, int port)
    {
        if (port <= 0)
        {
            return false;
        }

        var key = Sanitize(ip, ref protocol);
        var entry = (protocol!, port);
        if (key == DefaultIP)
        {
            foreach (var set in _ports.Values)
            {
                if (set.Contains(entry))
                {
                    return true;
                }
            }

            return false;
        }

        return (_ports.TryGetValue(DefaultIP, out var any) && any.Contains(entry))
            || (_ports.TryGetValue(key, out var own) && own.Contains(entry));
    }

    public HostPortInfo Clone()
    {
        var copy = new HostPortInfo();
        foreach (var (ip, set) in _ports)
        {
            copy._ports[ip] = [.. set];
        }

        return copy;
    }

    private static string Sanitize(string? ip, ref string? protocol)
    {
        if (string.IsNullOrEmpty(protocol))
        {
            protocol = DefaultProtocol;
        }

        return string.IsNullOrEmpty(ip) ? DefaultIP : ip;
    }
}

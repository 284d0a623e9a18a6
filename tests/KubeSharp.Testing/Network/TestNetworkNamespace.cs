namespace KubeSharp.Testing.Network;

/// <summary>
/// A named network namespace (<c>ip netns add</c>, so its path is /run/netns/NAME) with only <c>lo</c> up and
/// no route out: the "node" network for runtime tests. Pod bridges, veths and iptables rules created inside
/// it vanish with it. Disposing deletes it.
/// </summary>
public sealed class TestNetworkNamespace : IDisposable
{
    private TestNetworkNamespace(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public string Path => $"/run/netns/{Name}";

    public static TestNetworkNamespace Create(string prefix = "ks")
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 11)];
        Run("ip", "netns", "add", name);
        var created = new TestNetworkNamespace(name);
        try
        {
            Run("ip", "netns", "exec", name, "ip", "link", "set", "lo", "up");
            return created;
        }
        catch
        {
            created.Dispose();
            throw;
        }
    }

    /// <summary>Runs a command inside the namespace (e.g. <c>ip addr</c>, <c>iptables -S</c>).</summary>
    public ProcessResult Exec(params string[] command) =>
        ProcessRunner.RunAsync("ip", ["netns", "exec", Name, .. command]).GetAwaiter().GetResult();

    public void Dispose() => ProcessRunner.RunAsync("ip", ["netns", "delete", Name]).GetAwaiter().GetResult();

    private static void Run(string file, params string[] arguments)
    {
        var result = ProcessRunner.RunAsync(file, arguments).GetAwaiter().GetResult();
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)}: {result}");
        }
    }
}

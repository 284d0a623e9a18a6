using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace KubeSharp.Testing.Cluster;

/// <summary>
/// The real <c>kubesharp server</c> binary in a temporary data directory on a free loopback port: started, waited
/// for until it logs its ready line, driven with the real kubectl, and killed (its whole process tree, by PID)
/// on dispose. One per test collection keeps the suite fast; each test takes its own namespace.
/// </summary>
public sealed partial class ClusterProcess : IAsyncDisposable
{
    /// <summary>The text the server logs once it answers /readyz (KubeSharpServer.ReadyMessagePrefix).</summary>
    public const string ReadyLine = "KubeSharp is ready";

    private static int _namespaceCounter;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly bool _ownsDataDir;
    private bool _disposed;

    private ClusterProcess(Process process, string dataDir, bool ownsDataDir)
    {
        _process = process;
        DataDir = dataDir;
        _ownsDataDir = ownsDataDir;
        CacheDir = Path.Combine(dataDir, "kubectl-cache");
    }

    /// <summary>The server's data directory (a fresh temporary directory unless one was given).</summary>
    public string DataDir { get; }

    /// <summary>The admin kubeconfig the server wrote.</summary>
    public string KubeconfigPath => Path.Combine(DataDir, "kubeconfig.yaml");

    /// <summary>kubectl's discovery cache for this server, so stale caches of other servers never interfere.</summary>
    public string CacheDir { get; }

    /// <summary>The API server's URL, read from the ready line.</summary>
    public Uri Address { get; private set; } = new("https://127.0.0.1");

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the server has logged so far.</summary>
    public string Logs
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>kubesharp server</c> and waits for its ready line.</summary>
    /// <param name="dataDir">Reuse this data directory (restart tests); null for a fresh temporary one.</param>
    /// <param name="extraArguments">More flags for <c>kubesharp server</c>.</param>
    /// <param name="withAgent">
    /// Run the real kubelet and runtime too. Off by default: the agent runs real containers, so a test that wants it
    /// must also pass <c>--node-netns</c> of a namespace of its own (TESTING.md network rules).
    /// </param>
    public static async Task<ClusterProcess> StartAsync(
        string? dataDir = null,
        IEnumerable<string>? extraArguments = null,
        TimeSpan? readyTimeout = null,
        bool withAgent = false,
        CancellationToken cancellationToken = default)
    {
        var ownsDataDir = dataDir is null;
        dataDir ??= Directory.CreateTempSubdirectory("kubesharp-e2e-").FullName;
        var startInfo = new ProcessStartInfo(RepositoryPaths.KubeSharpBinary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "server", "--data-dir", dataDir, "--bind-address", "127.0.0.1", "--https-listen-port", "0" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (!withAgent)
        {
            startInfo.ArgumentList.Add("--disable-agent");
        }

        foreach (var argument in extraArguments ?? [])
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start kubesharp");
        var cluster = new ClusterProcess(process, dataDir, ownsDataDir);
        process.OutputDataReceived += (_, e) => cluster.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => cluster.OnLine(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => cluster._ready.TrySetException(
            new InvalidOperationException($"kubesharp server exited with {SafeExitCode(process)} before it was ready:\n{cluster.Logs}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            cluster.Address = await cluster._ready.Task.WaitAsync(readyTimeout ?? TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException)
        {
            var logs = cluster.Logs;
            await cluster.DisposeAsync();
            throw new TimeoutException($"kubesharp server did not log \"{ReadyLine}\" in time:\n{logs}", error);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Runs kubectl (the dispatcher, or <paramref name="version"/> like "1.28") against this server.</summary>
    public Task<ProcessResult> KubectlAsync(string? version, IEnumerable<string> arguments, string? standardInput = null, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var env = KubectlEnvironment();
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            env[key] = value;
        }

        return ProcessRunner.RunAsync(Kubectl.PathFor(version), arguments, standardInput, env, timeout ?? TimeSpan.FromSeconds(90));
    }

    /// <summary>Runs the kubectl dispatcher (which picks 1.33 for this server).</summary>
    public Task<ProcessResult> KubectlAsync(params string[] arguments) => KubectlAsync(null, arguments);

    /// <summary>Runs kubectl and fails the test, showing its output and the server's recent logs, unless it exits 0.</summary>
    /// <summary>Starts a kubectl that keeps running (<c>get -w</c>, <c>wait</c>); dispose it to kill it.</summary>
    public KubectlStream StartKubectl(params string[] arguments) => KubectlStream.Start(Kubectl.Dispatcher, arguments, KubectlEnvironment());

    /// <summary>Runs the kubectl dispatcher with <paramref name="standardInput"/> on stdin (for <c>-f -</c>).</summary>
    public Task<ProcessResult> KubectlWithInputAsync(string standardInput, params string[] arguments) => KubectlAsync(null, arguments, standardInput);

    public Task<string> KubectlOkAsync(params string[] arguments) => KubectlOkWithInputAsync(null, arguments);

    /// <summary>Like <see cref="KubectlOkAsync(string[])"/>, with <paramref name="standardInput"/> on stdin (for <c>-f -</c>).</summary>
    public async Task<string> KubectlOkWithInputAsync(string? standardInput, params string[] arguments)
    {
        var result = await KubectlAsync(null, arguments, standardInput);
        if (result.ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException($"kubectl {string.Join(' ', arguments)} failed:\n{result}\nserver log tail:\n{Tail(Logs, 40)}");
        }

        return result.StandardOutput;
    }

    /// <summary>Creates a namespace only this test uses: <c>PREFIX-N-RANDOM</c>, a valid DNS label.</summary>
    public async Task<string> CreateNamespaceAsync(string prefix = "e2e")
    {
        var name = $"{NamespacePrefix().Replace(prefix.ToLowerInvariant(), "-").Trim('-')}-{Interlocked.Increment(ref _namespaceCounter)}-{Guid.NewGuid().ToString("N")[..6]}";
        if (name.Length > 63)
        {
            name = name[^63..].TrimStart('-');
        }

        // From a manifest: kubectl 1.32+ sends `create namespace` as a protobuf body, which is not decoded yet.
        await KubectlOkWithInputAsync($"{{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{{\"name\":\"{name}\"}}}}", "create", "--validate=false", "-f", "-");
        return name;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
            if (_ownsDataDir)
            {
                try
                {
                    Directory.Delete(DataDir, recursive: true);
                }
                catch (IOException)
                {
                    // Best effort: a temp directory left behind is harmless.
                }
            }
        }
    }

    private Dictionary<string, string> KubectlEnvironment() => new()
    {
        ["KUBECONFIG"] = KubeconfigPath,
        ["KUBECACHEDIR"] = CacheDir,
        ["HOME"] = DataDir,
    };

    /// <summary>A free TCP port on loopback, for tests that must pass one explicitly.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Tail(string text, int lines)
    {
        var all = text.Split('\n');
        return string.Join('\n', all[Math.Max(0, all.Length - lines)..]);
    }

    private static string SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains(ReadyLine, StringComparison.Ordinal) && ReadyAddress().Match(line) is { Success: true } match)
        {
            _ready.TrySetResult(new Uri(match.Value));
        }
    }

    [GeneratedRegex(@"https://[^\s,]+")]
    private static partial Regex ReadyAddress();

    [GeneratedRegex("[^a-z0-9-]+")]
    private static partial Regex NamespacePrefix();
}

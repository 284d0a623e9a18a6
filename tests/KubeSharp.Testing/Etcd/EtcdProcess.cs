using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KubeSharp.Testing.Etcd;

/// <summary>
/// A real etcd (Debian's etcd-server) for tests and benchmarks: one member on 127.0.0.1 with free ports, its data
/// in a directory of the caller's choosing, default fsync. Killed by PID and its directory removed on dispose.
/// </summary>
public sealed class EtcdProcess : IAsyncDisposable
{
    public const string Binary = "/usr/bin/etcd";

    private readonly Process _process;
    private readonly string _dataDirectory;

    private EtcdProcess(Process process, string dataDirectory, Uri clientUrl)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        ClientUrl = clientUrl;
    }

    /// <summary>The client URL (plain HTTP, gRPC and the JSON gateway on one port).</summary>
    public Uri ClientUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>Starts etcd and waits until its <c>/health</c> answers (a leader is elected).</summary>
    public static async Task<EtcdProcess> StartAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Binary))
        {
            throw new FileNotFoundException("etcd is not installed (eng/install-deps.sh installs etcd-server)", Binary);
        }

        var client = $"http://127.0.0.1:{FreePort()}";
        var peer = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--name", "test", "--data-dir", dataDirectory,
            "--listen-client-urls", client, "--advertise-client-urls", client,
            "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
            "--initial-cluster", $"test={peer}", "--log-level", "error", "--logger", "zap",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start etcd");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var etcd = new EtcdProcess(process, dataDirectory, new Uri(client));
        try
        {
            await etcd.WaitHealthyAsync(cancellationToken);
            return etcd;
        }
        catch
        {
            await etcd.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp directory's owner to remove.
        }
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var health = await http.GetStringAsync(new Uri(ClientUrl, "/health"), cancellationToken);
                if (health.Contains("\"true\"", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException) when (!_process.HasExited)
            {
            }

            if (_process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"etcd did not become healthy (exited: {_process.HasExited})");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KubeSharp.Bench.Storage;

/// <summary>
/// A real etcd (Debian's etcd-server) for the comparison: one member on 127.0.0.1 with random free ports, its
/// data directory beside ours on the same disk, default fsync. Killed by PID and its directory removed on dispose.
/// </summary>
internal sealed class EtcdProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;

    private EtcdProcess(Process process, string dataDirectory, Uri clientUrl)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        ClientUrl = clientUrl;
    }

    public Uri ClientUrl { get; }

    public static async Task<EtcdProcess> StartAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        const string binary = "/usr/bin/etcd";
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException("etcd is not installed (apt-get install etcd-server)", binary);
        }

        var client = $"http://127.0.0.1:{FreePort()}";
        var peer = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--name", "bench", "--data-dir", dataDirectory,
            "--listen-client-urls", client, "--advertise-client-urls", client,
            "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
            "--initial-cluster", $"bench={peer}", "--log-level", "error", "--logger", "zap",
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
            using var probe = new EtcdGrpcClient(etcd.ClientUrl);
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    await probe.RangeAsync("/ready"u8.ToArray(), cancellationToken);
                    return etcd;
                }
                catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
                {
                    await Task.Delay(100, cancellationToken);
                }
            }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

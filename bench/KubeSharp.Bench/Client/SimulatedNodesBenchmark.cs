using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KubeSharp.Bench.Client;

/// <summary>
/// simulated-nodes: the steady-state cost of idle simulated nodes (lease renewals every 10 s, node status every
/// 5 minutes) — the real <c>kubesharp server --simulated-nodes N</c> process's average CPU and RSS over a window,
/// against the same server with no nodes measured in the same run. At the end every node must still be Ready.
/// Target (issue 6): at most one core on average and under 1 GiB RSS with 5,000 nodes.
/// Settings: KUBESHARP_BENCH_NODES (default 5000), KUBESHARP_BENCH_MINUTES (default 10).
/// </summary>
internal sealed partial class SimulatedNodesBenchmark : IBenchmark
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    public string Name => "simulated-nodes";

    public string Description => "server CPU and RSS with N idle simulated nodes vs the same server with none";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var nodes = int.Parse(Environment.GetEnvironmentVariable("KUBESHARP_BENCH_NODES") ?? "5000", CultureInfo.InvariantCulture);
        var window = TimeSpan.FromMinutes(double.Parse(Environment.GetEnvironmentVariable("KUBESHARP_BENCH_MINUTES") ?? "10", CultureInfo.InvariantCulture));

        var reference = await MeasureAsync(0, window, cancellationToken);
        var measured = await MeasureAsync(nodes, window, cancellationToken);

        output.WriteLine($"Window {window.TotalMinutes:0.#} min after a {Settle.TotalSeconds:0} s settle; {Environment.ProcessorCount} cores shared with other work.");
        output.WriteLine();
        output.WriteLine("| server | start-up to ready | avg CPU (cores) | RSS end (MiB) | RSS peak (MiB) | Ready nodes at end |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (label, result) in new[] { ($"{nodes} simulated nodes", measured), ("reference: 0 nodes", reference) })
        {
            output.WriteLine($"| {label} | {result.Startup.TotalSeconds:0.0} s | {result.AverageCores:0.000} | {result.RssEndMiB:0} | {result.RssPeakMiB:0} | {result.ReadyNodes} |");
        }

        output.WriteLine();
        output.WriteLine($"Ratio to the reference: CPU {measured.AverageCores / Math.Max(reference.AverageCores, 0.001):0.0}x, RSS {measured.RssEndMiB / Math.Max(reference.RssEndMiB, 1):0.0}x. " +
            $"Cost per node: {(measured.AverageCores - reference.AverageCores) * 1000 / Math.Max(nodes, 1):0.000} millicores, {(measured.RssEndMiB - reference.RssEndMiB) * 1024 / Math.Max(nodes, 1):0.0} KiB.");
    }

    private static async Task<Result> MeasureAsync(int nodes, TimeSpan window, CancellationToken cancellationToken)
    {
        var dataDir = Directory.CreateTempSubdirectory("kubesharp-bench-simulated-").FullName;
        var binary = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "KubeSharp", "bin", "Release", "net10.0", "kubesharp");
        var start = new ProcessStartInfo(Path.GetFullPath(binary))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "server", "--data-dir", dataDir, "--bind-address", "127.0.0.1", "--https-listen-port", "0", "--simulated-nodes", nodes.ToString(CultureInfo.InvariantCulture), "--disable-agent" })
        {
            start.ArgumentList.Add(argument);
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + binary);
        try
        {
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data?.Contains("KubeSharp is ready", StringComparison.Ordinal) == true)
                {
                    ready.TrySetResult();
                }
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            await ready.Task.WaitAsync(TimeSpan.FromMinutes(15), cancellationToken);
            var startup = Stopwatch.GetElapsedTime(started);

            await Task.Delay(Settle, cancellationToken);
            var cpuBefore = CpuTime(process.Id);
            var wallBefore = Stopwatch.GetTimestamp();
            double peak = 0;
            while (Stopwatch.GetElapsedTime(wallBefore) < window)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
                peak = Math.Max(peak, RssMiB(process.Id));
            }

            var cores = (CpuTime(process.Id) - cpuBefore).TotalSeconds / Stopwatch.GetElapsedTime(wallBefore).TotalSeconds;
            var rss = RssMiB(process.Id);
            var readyNodes = await ReadyNodesAsync(Path.Combine(dataDir, "kubeconfig.yaml"), cancellationToken);
            return new Result(startup, cores, rss, Math.Max(peak, rss), readyNodes);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }

            Directory.Delete(dataDir, recursive: true);
        }
    }

    /// <summary>utime + stime of the process, from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s).</summary>
    private static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static double RssMiB(int pid)
    {
        var match = VmRss().Match(File.ReadAllText($"/proc/{pid}/status"));
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) / 1024.0 : 0;
    }

    /// <summary>Nodes whose Ready condition is True, as kubectl sees them (the condition itself: the node table has no STATUS column yet).</summary>
    private static async Task<int> ReadyNodesAsync(string kubeconfig, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--kubeconfig", kubeconfig, "get", "nodes", "--chunk-size=1000", "-o", "jsonpath={range .items[*]}{.metadata.name} {.status.conditions[?(@.type==\"Ready\")].status}{\"\\n\"}{end}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var kubectl = Process.Start(start)!;
        var text = await kubectl.StandardOutput.ReadToEndAsync(cancellationToken);
        await kubectl.WaitForExitAsync(cancellationToken);
        var ready = 0;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            ready += columns.Length > 1 && columns[1] == "True" ? 1 : 0;
        }

        return ready;
    }

    [GeneratedRegex(@"VmRSS:\s+(\d+) kB")]
    private static partial Regex VmRss();

    private sealed record Result(TimeSpan Startup, double AverageCores, double RssEndMiB, double RssPeakMiB, int ReadyNodes);
}

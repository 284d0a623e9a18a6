using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using KubeSharp.Runtime;
using KubeSharp.Runtime.Cni;
using KubeSharp.Runtime.Images;
using KubeSharp.Testing;
using KubeSharp.Testing.Images;
using KubeSharp.Testing.Network;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Bench.Runtime;

/// <summary>
/// runtime: the container runtime against its floors, 100 runs each. A busybox container from
/// CreateContainer + StartContainer to the process running, beside a bare <c>runc run --detach</c> of an
/// equivalent bundle (same root filesystem and command); a sandbox (namespaces + CNI) beside the CNI bridge
/// plugin invoked alone; and sandbox plus container ready. Everything runs in a network namespace of its
/// own with no route out; the benchmark removes what it creates. Targets (issue 9): container start at most
/// 1.5x bare runc; sandbox plus container ready p99 at most 500 ms.
/// </summary>
internal sealed class RuntimeBenchmark : IBenchmark
{
    private const int Runs = 100;
    private const int Warmups = 3;
    private const string Image = "kubesharp.bench/busybox:1";

    public string Name => "runtime";

    public string Description => "container start vs bare runc run, sandbox vs the CNI bridge plugin alone (p50/p99 of 100)";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var directory = $"/tmp/ksb-{id}";
        Directory.CreateDirectory(directory);
        var cgroupParent = $"/kubesharp-bench-{id}";
        using var node = TestNetworkNamespace.Create("ksb");
        var options = new RuntimeOptions
        {
            Root = Path.Combine(directory, "r"),
            State = Path.Combine(directory, "s"),
            DefaultCgroupParent = cgroupParent,
            Cni = new CniOptions
            {
                ConfigDirectory = Path.Combine(directory, "cni", "net.d"),
                DataDirectory = Path.Combine(directory, "cni", "data"),
                NodeNetworkNamespace = node.Path,
                PodCidr = "10.244.0.0/16",
            },
        };
        var runtime = await ContainerRuntime.StartAsync(options, TimeProvider.System, NullLoggerFactory.Instance, cancellationToken);
        try
        {
            var layout = TestImage.Busybox().WriteOciLayout(Path.Combine(directory, "layout"), Image);
            var imageId = (await new ImageImporter(runtime.Images, TimeProvider.System).ImportAsync(layout.LayoutDirectory, cancellationToken))[0];

            var runtimeResults = await MeasureRuntimeAsync(runtime, directory, cgroupParent, cancellationToken);
            var runcResults = await MeasureBareRuncAsync(runtime, imageId, directory, cgroupParent, cancellationToken);
            var bridgeResults = await MeasureBridgeAloneAsync(node, directory, id, cancellationToken);

            output.WriteLine($"{Runs} runs each after {Warmups} warm-ups; busybox `sleep 3600`; times in ms; ratio = kubesharp / reference.");
            output.WriteLine();
            output.WriteLine("| measure | kubesharp | reference | ratio |");
            output.WriteLine("| --- | ---: | ---: | ---: |");
            Row(output, "container create+start (ref: bare `runc run -d`)", runtimeResults.Container, runcResults);
            Row(output, "sandbox: namespaces + CNI (ref: bridge plugin ADD alone)", runtimeResults.Sandbox, bridgeResults);
            foreach (var p in new[] { 50.0, 99.0 })
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| sandbox + container ready p{p} | {Percentile(runtimeResults.Ready, p):F1} | target 500 (p99) | |"));
            }
        }
        finally
        {
            await TearDownAsync(runtime);
            runtime.Dispose();
            HostCleanup.RemoveCgroup(cgroupParent);
            HostCleanup.UnmountUnder(directory);
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<(List<double> Sandbox, List<double> Container, List<double> Ready)> MeasureRuntimeAsync(
        ContainerRuntime runtime, string directory, string cgroupParent, CancellationToken cancellationToken)
    {
        var sandbox = new List<double>();
        var container = new List<double>();
        var ready = new List<double>();
        for (var i = 0; i < Warmups + Runs; i++)
        {
            var name = $"bench-{i}";
            var config = new PodSandboxConfig
            {
                Metadata = new PodSandboxMetadata { Name = name, Namespace = "default", Uid = Guid.NewGuid().ToString() },
                Hostname = name,
                LogDirectory = Path.Combine(directory, "logs", name),
                Linux = new LinuxPodSandboxConfig { CgroupParent = $"{cgroupParent}/pod-{i}" },
            };
            var start = Stopwatch.GetTimestamp();
            var podId = await runtime.RunPodSandboxAsync(config, cancellationToken: cancellationToken);
            var sandboxReady = Stopwatch.GetTimestamp();
            var containerId = await runtime.CreateContainerAsync(podId, new ContainerConfig
            {
                Metadata = new ContainerMetadata { Name = "sleeper" },
                Image = new ImageSpec(Image),
                Command = ["sleep", "3600"],
                LogPath = "sleeper/0.log",
            }, config, cancellationToken);
            await runtime.StartContainerAsync(containerId, cancellationToken);
            var running = Stopwatch.GetTimestamp();
            if (i >= Warmups)
            {
                sandbox.Add(Stopwatch.GetElapsedTime(start, sandboxReady).TotalMilliseconds);
                container.Add(Stopwatch.GetElapsedTime(sandboxReady, running).TotalMilliseconds);
                ready.Add(Stopwatch.GetElapsedTime(start, running).TotalMilliseconds);
            }

            await runtime.StopContainerAsync(containerId, TimeSpan.Zero, cancellationToken);
            await runtime.StopPodSandboxAsync(podId, cancellationToken);
            await runtime.RemovePodSandboxAsync(podId, cancellationToken);
        }

        return (sandbox, container, ready);
    }

    /// <summary>
    /// The floor: <c>runc run --detach</c> of a bundle over the same unpacked image (read-only root), the same
    /// command, runc's default namespaces, a cgroup under the benchmark's parent. runc returns once the
    /// process runs, as StartContainer does.
    /// </summary>
    private static async Task<List<double>> MeasureBareRuncAsync(ContainerRuntime runtime, string imageId, string directory, string cgroupParent, CancellationToken cancellationToken)
    {
        var record = runtime.Images.Images.Get(imageId) ?? throw new InvalidOperationException("imported image not found");
        var bundle = Path.Combine(directory, "bare");
        var root = Path.Combine(directory, "s", "runc-bare");
        Directory.CreateDirectory(bundle);
        await CheckAsync(ProcessRunner.RunAsync(runtime.Options.RuncPath, ["spec", "--bundle", bundle], cancellationToken: cancellationToken));
        var spec = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(bundle, "config.json"), cancellationToken))!.AsObject();
        spec["process"]!["terminal"] = false;
        spec["process"]!["args"] = new JsonArray("sleep", "3600");
        spec["root"] = new JsonObject { ["path"] = runtime.Images.Snapshots.PathOf(record.ChainIds[^1]), ["readonly"] = true };
        var times = new List<double>();
        for (var i = 0; i < Warmups + Runs; i++)
        {
            var name = $"bare-{i}";
            spec["linux"]!["cgroupsPath"] = $"{cgroupParent}/{name}";
            await File.WriteAllTextAsync(Path.Combine(bundle, "config.json"), spec.ToJsonString(), cancellationToken);
            var start = new ProcessStartInfo(runtime.Options.RuncPath) { UseShellExecute = false };
            foreach (var argument in new[] { "--root", root, "run", "--detach", "--bundle", bundle, name })
            {
                start.ArgumentList.Add(argument);
            }

            var began = Stopwatch.GetTimestamp();
            using (var process = Process.Start(start)!)
            {
                await process.WaitForExitAsync(cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"runc run exited {process.ExitCode}");
                }

                if (i >= Warmups)
                {
                    times.Add(elapsed);
                }
            }

            await ProcessRunner.RunAsync(runtime.Options.RuncPath, ["--root", root, "kill", name, "KILL"], cancellationToken: cancellationToken);
            await CheckAsync(ProcessRunner.RunAsync(runtime.Options.RuncPath, ["--root", root, "delete", "--force", name], cancellationToken: cancellationToken));
        }

        return times;
    }

    /// <summary>
    /// The CNI floor: the bridge plugin (host-local IPAM, the same options as the runtime's default network)
    /// executed alone for a namespace created beforehand, from the node's network namespace as the runtime does.
    /// </summary>
    private static async Task<List<double>> MeasureBridgeAloneAsync(TestNetworkNamespace node, string directory, string id, CancellationToken cancellationToken)
    {
        var config = new JsonObject
        {
            ["cniVersion"] = "1.0.0",
            ["name"] = "benchref",
            ["type"] = "bridge",
            ["bridge"] = "ksbref0",
            ["isGateway"] = true,
            ["ipMasq"] = true,
            ["hairpinMode"] = true,
            ["ipam"] = new JsonObject
            {
                ["type"] = "host-local",
                ["ranges"] = new JsonArray(new JsonArray(new JsonObject { ["subnet"] = "10.250.0.0/16" })),
                ["routes"] = new JsonArray(new JsonObject { ["dst"] = "0.0.0.0/0" }),
                ["dataDir"] = Path.Combine(directory, "cni", "bridge-alone"),
            },
        }.ToJsonString();
        var times = new List<double>();
        for (var i = 0; i < Warmups + Runs; i++)
        {
            var pod = $"ksbp-{id}-{i}";
            await CheckAsync(ProcessRunner.RunAsync("ip", ["netns", "add", pod], cancellationToken: cancellationToken));
            try
            {
                var began = Stopwatch.GetTimestamp();
                await CheckAsync(Bridge("ADD", node, pod, config, cancellationToken));
                var elapsed = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
                if (i >= Warmups)
                {
                    times.Add(elapsed);
                }

                await CheckAsync(Bridge("DEL", node, pod, config, cancellationToken));
            }
            finally
            {
                await ProcessRunner.RunAsync("ip", ["netns", "delete", pod], cancellationToken: CancellationToken.None);
            }
        }

        return times;
    }

    private static Task<ProcessResult> Bridge(string command, TestNetworkNamespace node, string pod, string config, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(
            "nsenter",
            ["--net=" + node.Path, "--", "/usr/lib/cni/bridge"],
            standardInput: config,
            environment: new Dictionary<string, string>
            {
                ["CNI_COMMAND"] = command,
                ["CNI_CONTAINERID"] = pod,
                ["CNI_NETNS"] = $"/run/netns/{pod}",
                ["CNI_IFNAME"] = "eth0",
                ["CNI_PATH"] = "/usr/lib/cni",
            },
            cancellationToken: cancellationToken);

    private static async Task CheckAsync(Task<ProcessResult> run)
    {
        var result = await run;
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.ToString());
        }
    }

    private static async Task TearDownAsync(ContainerRuntime runtime)
    {
        foreach (var container in await runtime.ListContainersAsync())
        {
            await runtime.StopContainerAsync(container.Id, TimeSpan.Zero);
        }

        foreach (var sandbox in await runtime.ListPodSandboxAsync())
        {
            await runtime.RemovePodSandboxAsync(sandbox.Id);
        }
    }

    private static void Row(TextWriter output, string measure, List<double> ours, List<double> reference)
    {
        foreach (var p in new[] { 50.0, 99.0 })
        {
            var a = Percentile(ours, p);
            var b = Percentile(reference, p);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {measure} p{p} | {a:F1} | {b:F1} | {a / b:F2} |"));
        }
    }

    private static double Percentile(List<double> values, double percentile) => Storage.Percentiles.Of(values, percentile);
}

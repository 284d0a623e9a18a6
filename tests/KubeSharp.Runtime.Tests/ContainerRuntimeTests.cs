using System.Globalization;
using System.Text;
using KubeSharp.Runtime.Logs;

namespace KubeSharp.Runtime.Tests;

[Collection(RuntimeCollection.Name)]
public sealed class ContainerRuntimeTests(BusyboxRegistryFixture busybox) : IClassFixture<BusyboxRegistryFixture>
{
    [Fact]
    public async Task TwoContainersInOneSandbox_ReachEachOtherOnLocalhost()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "web");
        var server = await StartAsync(env, sandbox, config, "server", ["sh", "-c", "mkdir -p /www && echo hello-from-server > /www/index.html && exec httpd -f -p 8080 -h /www"]);
        var client = await StartAsync(env, sandbox, config, "client", ["sleep", "3600"]);

        var response = await RetryExecAsync(env, client, ["wget", "-qO-", "http://127.0.0.1:8080/"]);

        Assert.Equal(0, response.ExitCode);
        Assert.Equal("hello-from-server\n", Encoding.UTF8.GetString(response.Stdout));
        Assert.Equal(ContainerState.Running, (await env.Runtime.ContainerStatusAsync(server)).Status.State);
    }

    [Fact]
    public async Task SharedPidNamespace_ContainersSeeEachOthersProcesses()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "shared", NamespaceMode.Pod);
        await StartAsync(env, sandbox, config, "first", ["sleep", "1111"], pid: NamespaceMode.Pod);
        var second = await StartAsync(env, sandbox, config, "second", ["sleep", "2222"], pid: NamespaceMode.Pod);

        var ps = await env.Runtime.ExecSyncAsync(second, ["ps", "-o", "pid,args"], TimeSpan.FromSeconds(10));
        var output = Encoding.UTF8.GetString(ps.Stdout);

        Assert.Contains("sleep 1111", output, StringComparison.Ordinal);
        Assert.Contains("sleep 2222", output, StringComparison.Ordinal);
        Assert.Contains("catatonit", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivatePidNamespace_ContainerSeesOnlyItself()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "private");
        await StartAsync(env, sandbox, config, "first", ["sleep", "1111"]);
        var second = await StartAsync(env, sandbox, config, "second", ["sleep", "2222"]);

        var ps = await env.Runtime.ExecSyncAsync(second, ["ps", "-o", "pid,args"], TimeSpan.FromSeconds(10));

        Assert.DoesNotContain("sleep 1111", Encoding.UTF8.GetString(ps.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemoryLimit_Exceeded_OomKilledWithExitCode137()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "oom");
        var resources = new LinuxContainerResources { MemoryLimitInBytes = 16 * 1024 * 1024 };

        // A shell variable that doubles forever: the shell itself is the process the OOM killer picks.
        var id = await StartAsync(env, sandbox, config, "hog", ["sh", "-c", "x=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa; while true; do x=$x$x; done"], resources);
        var status = await WaitForExitAsync(env, id);

        Assert.Equal(137, status.ExitCode);
        Assert.Equal(ContainerStatus.OomKilledReason, status.Reason);
    }

    [Fact]
    public async Task CpuQuota_BusyLoop_IsThrottled()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "cpu");
        var resources = new LinuxContainerResources { CpuPeriod = 100_000, CpuQuota = 10_000, CpuShares = 102 };
        var id = await StartAsync(env, sandbox, config, "spin", ["sh", "-c", "while true; do :; done"], resources);
        var cgroup = $"/sys/fs/cgroup/cpu{config.Linux!.CgroupParent}/{id}";

        Assert.Equal("10000", File.ReadAllText(Path.Combine(cgroup, "cpu.cfs_quota_us")).Trim());
        Assert.Equal("102", File.ReadAllText(Path.Combine(cgroup, "cpu.shares")).Trim());
        var throttled = 0L;
        for (var i = 0; i < 100 && throttled == 0; i++)
        {
            await Task.Delay(50);
            var stat = File.ReadAllLines(Path.Combine(cgroup, "cpu.stat")).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => long.Parse(p[1]));
            throttled = stat["nr_throttled"];
        }

        Assert.True(throttled > 0, "cpu.stat should count throttled periods");
        var stats = await env.Runtime.ContainerStatsAsync(id);
        Assert.True(stats.Cpu?.UsageCoreNanoSeconds > 0);
        Assert.True(stats.Memory?.WorkingSetBytes > 0);
    }

    [Fact]
    public async Task Logs_StdoutAndStderr_WrittenInCriFormat()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "logs");
        var id = await StartAsync(env, sandbox, config, "talker", ["sh", "-c", "echo out-line; echo err-line >&2; printf partial"]);
        var status = await WaitForExitAsync(env, id);

        var lines = CriLogReader.ReadLines(status.LogPath).ToList();
        var raw = File.ReadAllLines(status.LogPath);

        Assert.Equal(0, status.ExitCode);
        Assert.Equal(ContainerStatus.CompletedReason, status.Reason);
        Assert.Equal(Path.Combine(config.LogDirectory, "talker", "0.log"), status.LogPath);
        Assert.Contains(lines, l => l is { Stream: "stdout", Partial: false, Content: "out-line" });
        Assert.Contains(lines, l => l is { Stream: "stderr", Partial: false, Content: "err-line" });
        Assert.Contains(lines, l => l is { Stream: "stdout", Partial: true, Content: "partial" });
        Assert.All(raw, l => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}[+-]\d\d:\d\d (stdout|stderr) [PF] ", l));
    }

    [Fact]
    public async Task ExecSync_ReturnsExitCodeAndOutput()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "exec");
        var id = await StartAsync(env, sandbox, config, "main", ["sleep", "3600"]);

        var failing = await env.Runtime.ExecSyncAsync(id, ["sh", "-c", "echo to-out; echo to-err >&2; exit 3"], TimeSpan.FromSeconds(10));
        var timedOut = await env.Runtime.ExecSyncAsync(id, ["sleep", "30"], TimeSpan.FromSeconds(1));

        Assert.Equal(3, failing.ExitCode);
        Assert.Equal("to-out\n", Encoding.UTF8.GetString(failing.Stdout));
        Assert.Equal("to-err\n", Encoding.UTF8.GetString(failing.Stderr));
        Assert.Equal(-1, timedOut.ExitCode);
        Assert.Equal("command timed out", Encoding.UTF8.GetString(timedOut.Stderr));
    }

    [Fact]
    public async Task Exec_WithTty_RunsInATerminal()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "tty");
        var id = await StartAsync(env, sandbox, config, "main", ["sleep", "3600"]);

        await using var session = await env.Runtime.ExecAsync(new ExecRequest
        {
            ContainerId = id,
            Cmd = ["sh", "-c", "tty; stty size; exit 5"],
            Tty = true,
            Stdin = true,
            Stdout = true,
            Stderr = false,
            TerminalSize = new TerminalSize(100, 40),
        });
        var output = new MemoryStream();
        var copy = session.Stdout!.CopyToAsync(output);
        var exitCode = await session.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        await copy.WaitAsync(TimeSpan.FromSeconds(10));
        var text = Encoding.UTF8.GetString(output.ToArray());

        Assert.Equal(5, exitCode);
        Assert.Contains("/dev/pts/", text, StringComparison.Ordinal);
        Assert.Contains("40 100", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exec_WithPipes_StreamsStdinAndExitCode()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "pipes");
        var id = await StartAsync(env, sandbox, config, "main", ["sleep", "3600"]);

        await using var session = await env.Runtime.ExecAsync(new ExecRequest { ContainerId = id, Cmd = ["sh", "-c", "read line; echo got:$line; exit 7"], Stdin = true });
        await session.Stdin!.WriteAsync("hello\n"u8.ToArray());
        await session.CloseStdinAsync();
        var output = await new StreamReader(session.Stdout!).ReadToEndAsync();

        Assert.Equal(7, await session.Completion.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("got:hello\n", output);
    }

    [Fact]
    public async Task Attach_StdinOnce_StreamsBothOutputsAndEndsWithTheExitCode()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "attach");
        var id = await StartAsync(
            env, sandbox, config, "echoer", ["sh", "-c", "while read line; do echo out:$line; echo err:$line >&2; done; echo stdin-closed; exit 4"],
            stdin: true);

        await using var session = await env.Runtime.AttachAsync(new AttachRequest { ContainerId = id, Stdin = true, Stdout = true, Stderr = true });
        var stdout = ReadAllAsync(session.Stdout!);
        var stderr = ReadAllAsync(session.Stderr!);
        await session.Stdin!.WriteAsync("hello\n"u8.ToArray());
        await session.Stdin.FlushAsync();
        await session.CloseStdinAsync();
        var exitCode = await session.Completion.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(4, exitCode);
        Assert.Equal("out:hello\nstdin-closed\n", await stdout.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("err:hello\n", await stderr.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains(CriLogReader.ReadLines((await env.Runtime.ContainerStatusAsync(id)).Status.LogPath), l => l is { Stream: "stdout", Content: "out:hello" });
    }

    [Fact]
    public async Task Attach_TtyMismatchOrStdinNotOpen_InvalidArgument()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "attachbad");
        var id = await StartAsync(env, sandbox, config, "main", ["sleep", "3600"]);

        var tty = await Assert.ThrowsAsync<RuntimeException>(() => env.Runtime.AttachAsync(new AttachRequest { ContainerId = id, Tty = true, Stderr = false }));
        var stdin = await Assert.ThrowsAsync<RuntimeException>(() => env.Runtime.AttachAsync(new AttachRequest { ContainerId = id, Stdin = true }));

        Assert.Equal(RuntimeErrorCode.InvalidArgument, tty.Code);
        Assert.Equal(RuntimeErrorCode.InvalidArgument, stdin.Code);
    }

    [Fact]
    public async Task PortForward_ToAPortListeningInThePod_CarriesTheConnection()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "forward");
        var server = await StartAsync(env, sandbox, config, "server", ["sh", "-c", "mkdir -p /www && echo forwarded > /www/index.html && exec httpd -f -p 127.0.0.1:8081 -h /www"]);
        await RetryExecAsync(env, server, ["wget", "-qO-", "http://127.0.0.1:8081/"]);

        string response;
        await using (var stream = await env.Runtime.PortForwardAsync(sandbox, 8081))
        {
            await stream.WriteAsync("GET /index.html HTTP/1.0\r\n\r\n"u8.ToArray());
            response = await new StreamReader(stream).ReadToEndAsync();
        }

        var closed = await Assert.ThrowsAsync<RuntimeException>(() => env.Runtime.PortForwardAsync(sandbox, 9));
        var invalid = await Assert.ThrowsAsync<RuntimeException>(() => env.Runtime.PortForwardAsync(sandbox, 70000));

        Assert.Matches(@"^HTTP/1\.[01] 200 OK\r\n", response);
        Assert.EndsWith("forwarded\n", response, StringComparison.Ordinal);
        Assert.Equal(RuntimeErrorCode.Unavailable, closed.Code);
        Assert.Equal(RuntimeErrorCode.InvalidArgument, invalid.Code);
    }

    [Fact]
    public async Task ReopenContainerLog_AfterTheKubeletRenamedTheFile_NewFileContinuesWithoutLossOrDuplicates()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "rotate");
        var id = await StartAsync(env, sandbox, config, "ticker", ["sh", "-c", "i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.05; done"]);
        var logPath = (await env.Runtime.ContainerStatusAsync(id)).Status.LogPath;
        await WaitForAsync(() => File.Exists(logPath) && File.ReadAllLines(logPath).Length >= 3);

        // The kubelet's rotation (pkg/kubelet/logs/container_log_manager.go): rename the live file, then ReopenContainerLog.
        var rotated = logPath + ".20261122-000000";
        File.Move(logPath, rotated);
        await env.Runtime.ReopenContainerLogAsync(id);
        await WaitForAsync(() => File.Exists(logPath) && File.ReadAllLines(logPath).Length >= 3);
        await env.Runtime.StopContainerAsync(id, TimeSpan.Zero);
        var before = CriLogReader.ReadLines(rotated).Select(l => int.Parse(l.Content.Split(' ')[1], CultureInfo.InvariantCulture)).ToList();
        var after = CriLogReader.ReadLines(logPath).Select(l => int.Parse(l.Content.Split(' ')[1], CultureInfo.InvariantCulture)).ToList();
        var exited = await Assert.ThrowsAsync<RuntimeException>(() => env.Runtime.ReopenContainerLogAsync(id));

        Assert.Equal(Enumerable.Range(0, before.Count), before);
        Assert.Equal(Enumerable.Range(before.Count, after.Count), after);
        Assert.Equal(RuntimeErrorCode.FailedPrecondition, exited.Code);
    }

    [Fact]
    public async Task Restart_RunningContainers_AreReadoptedStillLoggingAndStopCleanly()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "survivor");
        var id = await StartAsync(env, sandbox, config, "ticker", ["sh", "-c", "trap 'echo bye; exit 0' TERM; i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.1; done"]);
        var logPath = (await env.Runtime.ContainerStatusAsync(id)).Status.LogPath;

        await env.RestartAsync();
        var before = File.ReadAllLines(logPath).Length;
        await Task.Delay(500);
        var status = (await env.Runtime.ContainerStatusAsync(id)).Status;
        var listed = await env.Runtime.ListContainersAsync(new ContainerFilter { PodSandboxId = sandbox });
        var sandboxes = await env.Runtime.ListPodSandboxAsync();
        var after = File.ReadAllLines(logPath).Length;
        await env.Runtime.StopContainerAsync(id, TimeSpan.FromSeconds(5));
        var stopped = (await env.Runtime.ContainerStatusAsync(id)).Status;

        Assert.Equal(ContainerState.Running, status.State);
        Assert.Equal(id, Assert.Single(listed).Id);
        Assert.Equal(PodSandboxState.Ready, Assert.Single(sandboxes).State);
        Assert.True(after > before, $"the log should keep growing after the restart ({before} -> {after})");
        Assert.Equal(ContainerState.Exited, stopped.State);
        Assert.Equal(0, stopped.ExitCode);
        Assert.Equal("bye", File.ReadAllLines(logPath)[^1].Split(' ', 4)[3]);
    }

    [Fact]
    public async Task TwoSandboxes_GetAddressesOnTheBridge_ReachEachOther_TeardownFreesThem()
    {
        await using var env = await RuntimeEnvironment.CreateAsync("10.244.9.0/24");
        var (first, firstConfig) = await RunSandboxAsync(env, "alpha");
        var (second, secondConfig) = await RunSandboxAsync(env, "beta");
        var firstIp = (await env.Runtime.PodSandboxStatusAsync(first)).Status.Network!.Ip;
        var secondIp = (await env.Runtime.PodSandboxStatusAsync(second)).Status.Network!.Ip;
        await StartAsync(env, first, firstConfig, "server", ["sh", "-c", "mkdir -p /www && echo alpha > /www/index.html && exec httpd -f -p 80 -h /www"]);
        var client = await StartAsync(env, second, secondConfig, "client", ["sleep", "3600"]);

        var response = await RetryExecAsync(env, client, ["wget", "-qO-", $"http://{firstIp}/"]);
        var allocations = Path.Combine(env.Options.Cni.DataDirectory, "networks", "kubesharp");
        var allocatedBefore = Directory.EnumerateFiles(allocations).Select(Path.GetFileName).ToList();
        await env.Runtime.StopPodSandboxAsync(first);
        await env.Runtime.StopPodSandboxAsync(first);
        await env.Runtime.RemovePodSandboxAsync(second);
        var allocatedAfter = Directory.EnumerateFiles(allocations).Select(Path.GetFileName).ToList();

        Assert.StartsWith("10.244.9.", firstIp, StringComparison.Ordinal);
        Assert.StartsWith("10.244.9.", secondIp, StringComparison.Ordinal);
        Assert.NotEqual(firstIp, secondIp);
        Assert.Equal("alpha\n", Encoding.UTF8.GetString(response.Stdout));
        Assert.Contains(firstIp, allocatedBefore);
        Assert.Contains(secondIp, allocatedBefore);
        Assert.DoesNotContain(firstIp, allocatedAfter);
        Assert.DoesNotContain(secondIp, allocatedAfter);
    }

    [Fact]
    public async Task CreateContainer_MissingExecutable_FailsWithRuncMessage()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "broken");

        var error = await Assert.ThrowsAsync<RuntimeException>(() => StartAsync(env, sandbox, config, "broken", ["/no/such/binary"]));

        Assert.Contains("/no/such/binary", error.Message, StringComparison.Ordinal);
        Assert.Empty(await env.Runtime.ListContainersAsync());
    }

    [Fact]
    public async Task CreateContainer_UnknownImage_NotFound()
    {
        await using var env = await RuntimeEnvironment.CreateAsync();
        var (sandbox, config) = await RunSandboxAsync(env, "missing");

        var error = await Assert.ThrowsAsync<RuntimeException>(() => env.Runtime.CreateContainerAsync(sandbox, new ContainerConfig
        {
            Metadata = new ContainerMetadata { Name = "x" },
            Image = new ImageSpec("127.0.0.1:1/nothing:here"),
        }, config));

        Assert.Equal(RuntimeErrorCode.NotFound, error.Code);
    }

    private async Task<(string Id, PodSandboxConfig Config)> RunSandboxAsync(RuntimeEnvironment env, string name, NamespaceMode pid = NamespaceMode.Container)
    {
        await env.Runtime.PullImageAsync(new ImageSpec(busybox.Reference));
        var config = env.Sandbox(name, pid);
        return (await env.Runtime.RunPodSandboxAsync(config), config);
    }

    private async Task<string> StartAsync(
        RuntimeEnvironment env, string sandbox, PodSandboxConfig sandboxConfig, string name, IReadOnlyList<string> command,
        LinuxContainerResources? resources = null, NamespaceMode pid = NamespaceMode.Container, bool stdin = false)
    {
        var id = await env.Runtime.CreateContainerAsync(sandbox, new ContainerConfig
        {
            Metadata = new ContainerMetadata { Name = name },
            Image = new ImageSpec(busybox.Reference),
            Command = command,
            LogPath = $"{name}/0.log",
            Stdin = stdin,
            StdinOnce = stdin,
            Linux = new LinuxContainerConfig
            {
                Resources = resources,
                SecurityContext = new LinuxContainerSecurityContext { NamespaceOptions = new NamespaceOption { Pid = pid } },
            },
        }, sandboxConfig);
        await env.Runtime.StartContainerAsync(id);
        return id;
    }

    private static async Task<ContainerStatus> WaitForExitAsync(RuntimeEnvironment env, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var status = (await env.Runtime.ContainerStatusAsync(id)).Status;
            if (status.State == ContainerState.Exited)
            {
                return status;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"container {id} did not exit");
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "condition not reached in 10 s");
    }

    private static async Task<string> ReadAllAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private static async Task<ExecSyncResponse> RetryExecAsync(RuntimeEnvironment env, string id, IReadOnlyList<string> command)
    {
        ExecSyncResponse response = new();
        for (var i = 0; i < 50; i++)
        {
            response = await env.Runtime.ExecSyncAsync(id, command, TimeSpan.FromSeconds(5));
            if (response.ExitCode == 0)
            {
                return response;
            }

            await Task.Delay(100);
        }

        return response;
    }
}

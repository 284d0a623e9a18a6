using System.Diagnostics;
using System.Text.Json;
using KubeSharp.Testing;
using KubeSharp.Testing.Images;

namespace KubeSharp.Runtime.Tests;

/// <summary>
/// The real <c>kubesharp</c> binary (its <c>runtime</c> command) killed with SIGKILL while the container it
/// started runs: conmon must have made the container independent of the process, and fresh processes must
/// re-adopt it from the directories.
/// </summary>
[Collection(RuntimeCollection.Name)]
public sealed class RuntimeProcessTests
{
    private const string Image = "kubesharp.test/busybox:1";

    [Fact]
    public async Task KillDashNine_WhileContainerRuns_ContainerKeepsRunningIsListedLogsAndStopsCleanly()
    {
        await using var env = await RuntimeEnvironment.CreateAsync("10.244.11.0/24");
        try
        {
            var layout = TestImage.Busybox().WriteOciLayout(Path.Combine(env.Directory, "layout"), Image);
            Assert.Contains(layout.ConfigDigest, (await CliAsync(env, "import", layout.LayoutDirectory)).StandardOutput, StringComparison.Ordinal);

            // `run --follow` keeps the process that created the sandbox and the container alive, printing the log.
            var start = new ProcessStartInfo(RepositoryPaths.KubeSharpBinary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in GlobalArguments(env).Concat(["run", "--follow", "--name", "survivor", Image, "sh", "-c", "trap 'echo bye; exit 0' TERM; i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.1; done"]))
            {
                start.ArgumentList.Add(argument);
            }

            string id;
            using (var process = Process.Start(start)!)
            {
                try
                {
                    _ = process.StandardError.ReadToEndAsync();
                    id = (await ReadLineAsync(process))!.Trim();
                    string? line;
                    do
                    {
                        line = await ReadLineAsync(process);
                    }
                    while (line is not null && line != "tick 3");

                    Assert.Equal("tick 3", line);
                }
                finally
                {
                    process.Kill(entireProcessTree: false);
                    await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
                }

                Assert.Equal(137, process.ExitCode);
            }

            var ps = (await CliAsync(env, "ps")).StandardOutput;
            var status = await InspectAsync(env, id);
            var logPath = status.GetProperty("log_path").GetString()!;
            var before = File.ReadAllLines(logPath).Length;
            await Task.Delay(600);
            var after = File.ReadAllLines(logPath).Length;
            await CliAsync(env, "stop", "--timeout", "10", id);
            var stopped = await InspectAsync(env, id);
            var all = (await CliAsync(env, "ps", "--all")).StandardOutput;

            Assert.Matches($@"(?m)^{id[..13]}\s.*\sRunning\s+survivor\s", ps);
            Assert.Equal("Running", status.GetProperty("state").GetString(), ignoreCase: true);
            Assert.True(after > before, $"the log should keep growing after the kill ({before} -> {after})");
            Assert.Equal("Exited", stopped.GetProperty("state").GetString(), ignoreCase: true);
            Assert.Equal(0, stopped.GetProperty("exit_code").GetInt32());
            Assert.Equal("bye", File.ReadAllLines(logPath)[^1].Split(' ', 4)[3]);
            Assert.Matches($@"(?m)^{id[..13]}\s.*\sExited\s+survivor\s", all);
            Assert.DoesNotMatch($@"(?m)^{id[..13]}\s", (await CliAsync(env, "ps")).StandardOutput);
        }
        finally
        {
            // Let the in-process runtime see what the CLI created so disposing tears it down through the runtime.
            await env.RestartAsync();
        }
    }

    private static async Task<string?> ReadLineAsync(Process process) =>
        await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));

    private static async Task<JsonElement> InspectAsync(RuntimeEnvironment env, string id)
    {
        using var document = JsonDocument.Parse((await CliAsync(env, "inspect", id)).StandardOutput);
        return document.RootElement.GetProperty("status").Clone();
    }

    private static IEnumerable<string> GlobalArguments(RuntimeEnvironment env) =>
    [
        "runtime",
        "--root", env.Options.Root,
        "--state", env.Options.State,
        "--cni-conf-dir", env.Options.Cni.ConfigDirectory,
        "--cni-data-dir", env.Options.Cni.DataDirectory,
        "--pod-cidr", env.Options.Cni.PodCidr,
        "--node-netns", env.Node.Path,
        "--cgroup-parent", env.CgroupRoot,
    ];

    private static async Task<ProcessResult> CliAsync(RuntimeEnvironment env, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync(RepositoryPaths.KubeSharpBinary, [.. GlobalArguments(env), .. arguments], timeout: TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, $"kubesharp runtime {string.Join(' ', arguments)}: {result}");
        return result;
    }
}

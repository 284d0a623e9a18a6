using System.CommandLine;
using System.Text;
using KubeSharp.Runtime;
using KubeSharp.Runtime.Logs;

namespace KubeSharp.Commands.Runtime;

/// <summary><c>logs</c> and <c>exec</c>.</summary>
internal static class StreamCommands
{
    public static IEnumerable<Command> Create()
    {
        var logId = new Argument<string>("container-id");
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new lines until the container exits" };
        var tail = new Option<int>("--tail") { Description = "Only the last N lines (-1: all)", DefaultValueFactory = _ => -1 };
        var logs = new Command("logs", "Print a container's log (the CRI log file, partial lines joined)") { logId, follow, tail };
        logs.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            var id = await ContainerCommands.ResolveAsync(runtime, result.GetValue(logId)!, ct);
            await PrintLogAsync(runtime, id, result.GetValue(follow), result.GetValue(tail), output, ct);
            return 0;
        });

        var execId = new Argument<string>("container-id");
        var command = new Argument<string[]>("command") { Arity = ArgumentArity.OneOrMore };
        var interactive = new Option<bool>("--interactive", "-i") { Description = "Pass stdin to the command" };
        var tty = new Option<bool>("--tty", "-t") { Description = "Run the command in a terminal" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds before the command is killed (non-interactive only; 0: none)" };
        var exec = new Command("exec", "Run a command in a running container") { execId, command, interactive, tty, timeout };
        exec.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            var id = await ContainerCommands.ResolveAsync(runtime, result.GetValue(execId)!, ct);
            var cmd = result.GetValue(command)!;
            if (!result.GetValue(interactive) && !result.GetValue(tty))
            {
                var response = await runtime.ExecSyncAsync(id, cmd, TimeSpan.FromSeconds(result.GetValue(timeout)), ct);
                await output.WriteAsync(Encoding.UTF8.GetString(response.Stdout));
                await result.InvocationConfiguration.Error.WriteAsync(Encoding.UTF8.GetString(response.Stderr));
                return response.ExitCode;
            }

            await using var session = await runtime.ExecAsync(new ExecRequest
            {
                ContainerId = id,
                Cmd = cmd,
                Tty = result.GetValue(tty),
                Stdin = result.GetValue(interactive),
                Stdout = true,
                Stderr = !result.GetValue(tty),
                TerminalSize = Console.IsOutputRedirected ? null : new TerminalSize((ushort)Console.WindowWidth, (ushort)Console.WindowHeight),
            }, ct);
            var stdout = Console.OpenStandardOutput();
            var copies = new List<Task> { session.Stdout!.CopyToAsync(stdout, ct) };
            if (session.Stderr is { } stderr)
            {
                copies.Add(stderr.CopyToAsync(Console.OpenStandardError(), ct));
            }

            if (session.Stdin is { } stdin)
            {
                _ = Task.Run(async () =>
                {
                    await Console.OpenStandardInput().CopyToAsync(stdin, ct);
                    await session.CloseStdinAsync(ct);
                }, ct);
            }

            var exitCode = await session.Completion.WaitAsync(ct);
            await Task.WhenAll(copies).WaitAsync(TimeSpan.FromSeconds(5), ct);
            return exitCode;
        });

        return [logs, exec];
    }

    /// <summary>Prints the container's CRI log (partial lines joined); with <paramref name="follow"/> until it exits.</summary>
    public static async Task PrintLogAsync(ContainerRuntime runtime, string id, bool follow, int tail, TextWriter output, CancellationToken ct)
    {
        var path = (await runtime.ContainerStatusAsync(id, cancellationToken: ct)).Status.LogPath;
        var printed = 0;
        while (true)
        {
            var lines = File.Exists(path) ? CriLogReader.ReadLines(path).ToList() : [];
            var start = printed == 0 && tail >= 0 ? Math.Max(0, lines.Count - tail) : printed;
            foreach (var line in lines.Skip(start))
            {
                await output.WriteAsync(line.Partial ? line.Content : line.Content + "\n");
            }

            await output.FlushAsync(ct);
            printed = lines.Count;
            if (!follow || (await runtime.ContainerStatusAsync(id, cancellationToken: ct)).Status.State == ContainerState.Exited)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
    }
}

using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using KubeSharp.Runtime.Internal.Native;
using KubeSharp.Runtime.Logs;

namespace KubeSharp.Runtime.Oci;

/// <summary>
/// Starts conmon (2.1) the way CRI-O does (internal/oci/runtime_oci.go): the sync and start pipes on fd 3
/// and 4, a replaced environment, the bundle as working directory, its own process group. conmon daemonises,
/// runs <c>runc create</c>, reports the container PID on the sync pipe, then supervises: it copies stdio to
/// the CRI log, watches for OOM, writes the exit file, and keeps doing so when we exit or crash.
/// </summary>
internal sealed class Conmon(string conmonPath, Runc runc, string exitsDirectory, string socketDirectory)
{
    // CRI-O's ContainerCreateTimeout (internal/oci/oci.go).
    private static readonly TimeSpan CreateTimeout = TimeSpan.FromSeconds(240);

    public string SocketDirectory => socketDirectory;

    /// <summary>
    /// Runs conmon for a new container and returns the container's init PID. <paramref name="placeMonitor"/>
    /// gets conmon's PID before it is allowed to proceed (to move it into a cgroup, as CRI-O does).
    /// </summary>
    public async Task<(int ContainerPid, int ConmonPid)> CreateAsync(ConmonCreateRequest request, Action<int>? placeMonitor, CancellationToken cancellationToken)
    {
        List<string> arguments =
        [
            "-b", request.BundleDirectory,
            "-c", request.Id,
            "--exit-dir", exitsDirectory,
            "-l", "k8s-file:" + request.LogPath,
            "--log-level", "error",
            "-n", request.Name,
            "-P", Path.Combine(request.BundleDirectory, "conmon-pidfile"),
            "-p", Path.Combine(request.BundleDirectory, "pidfile"),
            "--persist-dir", request.PersistDirectory,
            "-r", runc.Path,
            "--runtime-arg", "--root=" + runc.Root,
            "--socket-dir-path", socketDirectory,
            "-u", request.Id,
        ];
        if (request.LogSizeMax >= 0)
        {
            arguments.AddRange(["--log-size-max", request.LogSizeMax.ToString(CultureInfo.InvariantCulture)]);
        }

        if (request.Terminal)
        {
            arguments.Add("-t");
        }
        else if (request.Stdin)
        {
            arguments.Add("-i");
            if (!request.StdinOnce)
            {
                arguments.Add("--leave-stdin-open");
            }
        }

        using var sync = new UnixSocketPair();
        using var start = new UnixSocketPair();
        var child = ProcessSpawner.Spawn(new SpawnOptions
        {
            FileName = conmonPath,
            Arguments = arguments,
            Environment = Environment(),
            FileDescriptors = new Dictionary<int, int> { [3] = sync.ChildFd, [4] = start.ChildFd },
            WorkingDirectory = request.BundleDirectory,
            NewProcessGroup = true,
        });
        sync.CloseChildEnd();
        start.CloseChildEnd();
        placeMonitor?.Invoke(child.Pid);
        await start.Parent.SendAsync(new byte[] { 0 }, SocketFlags.None, cancellationToken).ConfigureAwait(false);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CreateTimeout);
        var parentExit = await child.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        var message = await ReadSyncMessageAsync(sync.Parent, timeout.Token).ConfigureAwait(false);
        if (message is null)
        {
            throw new RuntimeException(RuntimeErrorCode.Unknown, $"container create failed: conmon exited {parentExit} without reporting a PID");
        }

        var pid = message.Value.Value;
        if (pid <= 0)
        {
            throw new RuntimeException(RuntimeErrorCode.Unknown, "container create failed: " + Runc.MessageOf(message.Value.Message ?? ""));
        }

        var conmonPid = int.TryParse(File.ReadAllText(Path.Combine(request.BundleDirectory, "conmon-pidfile")).Trim(), out var c) ? c : 0;
        return (pid, conmonPid);
    }

    /// <summary>
    /// ExecSync as CRI-O runs it (§1.10): conmon <c>--exec --sync</c> with a temporary process spec and log;
    /// output parsed back from the CRI log, each stream capped at 16 MiB; a timeout kills the command and
    /// yields exit code -1 with "command timed out".
    /// </summary>
    public async Task<ExecSyncResponse> ExecSyncAsync(string id, string name, string processSpecPath, string workDirectory, TimeSpan timeout, bool terminal, CancellationToken cancellationToken)
    {
        const int maxOutput = 16 * 1024 * 1024;
        var log = Path.Combine(workDirectory, "exec.log");
        File.WriteAllBytes(log, []);
        List<string> arguments =
        [
            "-c", id,
            "-n", name,
            "-r", runc.Path,
            "-p", Path.Combine(workDirectory, "exec.pid"),
            "-e",
            "-l", "k8s-file:" + log,
            "--socket-dir-path", socketDirectory,
            "--log-level", "error",
            "--sync",
            "--log-global-size-max", maxOutput.ToString(CultureInfo.InvariantCulture),
        ];
        if (terminal)
        {
            arguments.Add("-t");
        }

        if (timeout > TimeSpan.Zero)
        {
            arguments.AddRange(["-T", Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture)]);
        }

        arguments.AddRange(["--exec-process-spec", processSpecPath, "--runtime-arg", "--root=" + runc.Root]);

        using var sync = new UnixSocketPair();
        using var start = new UnixSocketPair();
        var child = ProcessSpawner.Spawn(new SpawnOptions
        {
            FileName = conmonPath,
            Arguments = arguments,
            Environment = Environment(),
            FileDescriptors = new Dictionary<int, int> { [3] = sync.ChildFd, [4] = start.ChildFd },
            WorkingDirectory = workDirectory,
            NewProcessGroup = true,
        });
        sync.CloseChildEnd();
        start.CloseChildEnd();
        await start.Parent.SendAsync(new byte[] { 0 }, SocketFlags.None, cancellationToken).ConfigureAwait(false);

        try
        {
            await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            child.Signal(LibC.SIGKILL);
            throw;
        }

        var message = await ReadSyncMessageAsync(sync.Parent, cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            throw new RuntimeException(RuntimeErrorCode.Unknown, $"exec in {id} failed: conmon reported nothing");
        }

        var (code, text) = message.Value;
        if (code == -1 && text == "command timed out")
        {
            var (partialOut, _) = CriLogReader.ReadStreams(log, maxOutput);
            return new ExecSyncResponse { ExitCode = -1, Stdout = partialOut, Stderr = Encoding.UTF8.GetBytes("command timed out") };
        }

        if (code < 0)
        {
            throw new RuntimeException(RuntimeErrorCode.Unknown, $"exec in {id} failed: {Runc.MessageOf(text ?? "")}");
        }

        var (stdout, stderr) = CriLogReader.ReadStreams(log, maxOutput);
        return new ExecSyncResponse { ExitCode = code, Stdout = stdout, Stderr = stderr };
    }

    private static Dictionary<string, string> Environment() => new()
    {
        ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        ["_OCI_SYNCPIPE"] = "3",
        ["_OCI_STARTPIPE"] = "4",
    };

    /// <summary>Reads one <c>{"pid"|"exit_code"|"data": N, "message": "…"}</c> line; null on EOF without one.</summary>
    private static async Task<(int Value, string? Message)?> ReadSyncMessageAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        while (true)
        {
            var newline = buffer.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                using var document = JsonDocument.Parse(buffer.GetRange(0, newline).ToArray());
                var root = document.RootElement;
                int? value = null;
                foreach (var key in new[] { "pid", "exit_code", "data" })
                {
                    if (root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number)
                    {
                        value = v.GetInt32();
                    }
                }

                var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
                return value is null ? null : (value.Value, message);
            }

            var read = await socket.ReceiveAsync(chunk, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            buffer.AddRange(chunk.AsSpan(0, read));
        }
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using KubeSharp.Runtime.Internal;
using KubeSharp.Runtime.Sandbox;
using KubeSharp.Runtime.Streaming;

namespace KubeSharp.Runtime;

/// <summary>ExecSync through conmon (as CRI-O), streaming exec with runc in the foreground, attach through conmon's socket, port-forward by dialing inside the pod's network namespace.</summary>
public sealed partial class ContainerRuntime
{
    public async Task<ExecSyncResponse> ExecSyncAsync(string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var (record, processSpec) = await ExecProcessAsync(containerId, command, tty: false, cancellationToken).ConfigureAwait(false);
        var work = Path.Combine(ContainersState, containerId, "exec-" + NewId()[..12]);
        Directory.CreateDirectory(work);
        try
        {
            var specPath = Path.Combine(work, "process.json");
            await File.WriteAllBytesAsync(specPath, JsonSerializer.SerializeToUtf8Bytes(processSpec, RuntimeJsonContext.Default.OciProcess), cancellationToken).ConfigureAwait(false);
            return await _conmon.ExecSyncAsync(containerId, record.Config.Metadata.Name, specPath, work, timeout, terminal: false, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    public async Task<StreamingSession> ExecAsync(ExecRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Tty && request.Stderr)
        {
            throw RuntimeException.InvalidArgument("tty and stderr cannot both be true: a terminal has one output stream");
        }

        if (!request.Stdin && !request.Stdout && !request.Stderr)
        {
            throw RuntimeException.InvalidArgument("one of stdin, stdout and stderr must be streamed");
        }

        var (_, processSpec) = await ExecProcessAsync(request.ContainerId, request.Cmd, request.Tty, cancellationToken).ConfigureAwait(false);
        var work = Path.Combine(ContainersState, request.ContainerId, "exec-" + NewId()[..12]);
        Directory.CreateDirectory(work);
        var specPath = Path.Combine(work, "process.json");
        await File.WriteAllBytesAsync(specPath, JsonSerializer.SerializeToUtf8Bytes(processSpec, RuntimeJsonContext.Default.OciProcess), cancellationToken).ConfigureAwait(false);
        List<string> arguments = ["--root", _runc.Root, "exec", "--process", specPath];
        if (request.Tty)
        {
            arguments.Add("--tty");
        }

        arguments.Add(request.ContainerId);
        return request.Tty
            ? TerminalExecSession.Start(_runc.Path, arguments, work, request.TerminalSize)
            : PipeExecSession.Start(_runc.Path, arguments, work, request);
    }

    public async Task<StreamingSession> AttachAsync(AttachRequest request, CancellationToken cancellationToken = default)
    {
        var record = await RefreshAsync(request.ContainerId, cancellationToken).ConfigureAwait(false) ?? throw RuntimeException.NotFound("container", request.ContainerId);
        if (record.State != ContainerState.Running)
        {
            throw RuntimeException.FailedPrecondition($"container {request.ContainerId} is not running");
        }

        if (request.Tty != record.Config.Tty)
        {
            throw RuntimeException.InvalidArgument($"tty={request.Tty} does not match the container's tty={record.Config.Tty}");
        }

        if (request.Stdin && !record.Config.Stdin)
        {
            throw RuntimeException.InvalidArgument("the container was not created with stdin");
        }

        var socketPath = Path.Combine(_conmon.SocketDirectory, request.ContainerId, "attach");
        var ctl = Path.Combine(ContainersState, request.ContainerId, "ctl");
        var session = await AttachSession.ConnectAsync(socketPath, ctl, request, cancellationToken).ConfigureAwait(false);
        _ = session.Completion.ContinueWith(_ => { }, TaskScheduler.Default);
        session.ExitCodeProvider = async () =>
        {
            var status = await RefreshAsync(request.ContainerId, CancellationToken.None).ConfigureAwait(false);
            return status is { State: ContainerState.Exited } ? status.ExitCode : -1;
        };
        return session;
    }

    public Task<Stream> PortForwardAsync(string podSandboxId, int port, CancellationToken cancellationToken = default)
    {
        if (port is <= 0 or > 65535)
        {
            throw RuntimeException.InvalidArgument($"invalid port {port}");
        }

        var sandbox = _sandboxes.GetValueOrDefault(podSandboxId) ?? throw RuntimeException.NotFound("pod sandbox", podSandboxId);
        if (sandbox.State != PodSandboxState.Ready)
        {
            throw RuntimeException.FailedPrecondition($"pod sandbox {podSandboxId} is not ready");
        }

        // As CRI-O: dial localhost:<port> from inside the pod's network namespace. A socket belongs to the
        // namespace it was created in, so it is created (and connected) on a thread that entered it.
        Socket Connect()
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
                return socket;
            }
            catch (SocketException e)
            {
                socket.Dispose();
                throw new RuntimeException(RuntimeErrorCode.Unavailable, $"port-forward to {port} in sandbox {podSandboxId}: {e.Message}", e);
            }
        }

        var connected = sandbox.NetworkNamespace is { } netns ? NamespacePinner.RunInNetworkNamespace(netns, Connect) : Connect();
        return Task.FromResult<Stream>(new NetworkStream(connected, ownsSocket: true));
    }

    /// <summary>The container's own process spec with the command replaced (CRI-O's prepareProcessExec).</summary>
    private async Task<(ContainerRecord Record, Oci.Specs.OciProcess Process)> ExecProcessAsync(string containerId, IReadOnlyList<string> command, bool tty, CancellationToken cancellationToken)
    {
        if (command.Count == 0)
        {
            throw RuntimeException.InvalidArgument("exec needs a command");
        }

        var record = await RefreshAsync(containerId, cancellationToken).ConfigureAwait(false);
        if (record is null || record.IsInfra)
        {
            throw RuntimeException.NotFound("container", containerId);
        }

        if (record.State != ContainerState.Running)
        {
            throw RuntimeException.FailedPrecondition($"container {containerId} is not running");
        }

        var config = Path.Combine(ContainersState, containerId, "config.json");
        var spec = JsonSerializer.Deserialize(await File.ReadAllBytesAsync(config, cancellationToken).ConfigureAwait(false), RuntimeJsonContext.Default.OciSpec)!;
        var process = spec.Process;
        process.Args = [.. command];
        process.Terminal = tty;
        if (tty && !process.Env.Any(e => e.StartsWith("TERM=", StringComparison.Ordinal)))
        {
            process.Env.Add("TERM=xterm");
        }

        return (record, process);
    }
}

using System.Globalization;
using System.Net.Sockets;

namespace KubeSharp.Runtime.Streaming;

/// <summary>
/// An attach session over conmon's attach socket (SOCK_SEQPACKET; runtime-wire.md §1.7): each packet from
/// conmon is one pipe-id byte (2 stdout, 3 stderr) and its payload; what we send is the container's stdin;
/// a half-close ends stdin. Resizes go to conmon's control FIFO as <c>1 &lt;rows&gt; &lt;cols&gt;</c>.
/// </summary>
internal sealed class AttachSession : StreamingSession
{
    private const byte StdoutPipe = 2;
    private const byte StderrPipe = 3;
    private readonly Socket _socket;
    private readonly string _controlFifo;
    private readonly ChannelReadStream _stdout = new();
    private readonly ChannelReadStream _stderr = new();
    private readonly AttachRequest _request;
    private readonly TaskCompletionSource<int> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AttachSession(Socket socket, string controlFifo, AttachRequest request)
    {
        _socket = socket;
        _controlFifo = controlFifo;
        _request = request;
        Stdin = request.Stdin ? new SeqpacketWriteStream(socket) : null;
        _ = PumpAsync();
    }

    public override Stream? Stdin { get; }

    public override Stream? Stdout => _request.Stdout ? _stdout : null;

    public override Stream? Stderr => _request.Stderr && !_request.Tty ? _stderr : null;

    public override Task<int> Completion => _completion.Task;

    /// <summary>Asked for the container's exit code once the socket closes.</summary>
    public Func<Task<int>>? ExitCodeProvider { get; set; }

    public static async Task<AttachSession> ConnectAsync(string socketPath, string controlFifo, AttachRequest request, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Seqpacket, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new RuntimeException(RuntimeErrorCode.Unavailable, $"attach socket {socketPath}: {e.Message}", e);
        }

        return new AttachSession(socket, controlFifo, request);
    }

    public override async ValueTask ResizeAsync(TerminalSize size, CancellationToken cancellationToken = default)
    {
        if (_request.Tty)
        {
            await File.WriteAllTextAsync(_controlFifo, string.Create(CultureInfo.InvariantCulture, $"1 {size.Height} {size.Width}\n"), cancellationToken).ConfigureAwait(false);
        }
    }

    public override ValueTask CloseStdinAsync(CancellationToken cancellationToken = default)
    {
        _socket.Shutdown(SocketShutdown.Send);
        return ValueTask.CompletedTask;
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _socket.Dispose();
        _stdout.Complete();
        _stderr.Complete();
        return ValueTask.CompletedTask;
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[8193];
        try
        {
            while (true)
            {
                var read = await _socket.ReceiveAsync(buffer, SocketFlags.None).ConfigureAwait(false);
                if (read <= 0)
                {
                    break;
                }

                var target = buffer[0] == StderrPipe ? _stderr : buffer[0] == StdoutPipe ? _stdout : null;
                target?.Publish(buffer.AsSpan(1, read - 1));
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }

        _stdout.Complete();
        _stderr.Complete();
        _completion.TrySetResult(ExitCodeProvider is null ? -1 : await ExitCodeProvider().ConfigureAwait(false));
    }
}

using System.Text;
using KubeSharp.Runtime.Internal.Native;
using Microsoft.Win32.SafeHandles;

namespace KubeSharp.Runtime.Streaming;

/// <summary>
/// A streaming exec with a terminal, as CRI-O's ttyCmd: we open a pseudo-terminal, start <c>runc exec --tty</c>
/// in a new session with the terminal as its controlling tty, and runc relays between it and the container's
/// own terminal. Resizing our side (TIOCSWINSZ) sends runc SIGWINCH, which resizes the container's.
/// </summary>
internal sealed class TerminalExecSession : StreamingSession
{
    private readonly int _master;
    private readonly FileStream _terminal;
    private readonly ChildProcess _child;
    private readonly string _workDirectory;

    private TerminalExecSession(int master, ChildProcess child, string workDirectory)
    {
        _master = master;
        _child = child;
        _workDirectory = workDirectory;
        _terminal = new FileStream(new SafeFileHandle(master, ownsHandle: true), FileAccess.ReadWrite, 1);
        Stdout = new TerminalReadStream(_terminal);
        Completion = child.Exited;
    }

    public override Stream? Stdin => _terminal;

    public override Stream? Stdout { get; }

    public override Stream? Stderr => null;

    public override Task<int> Completion { get; }

    public static unsafe TerminalExecSession Start(string runc, IReadOnlyList<string> arguments, string workDirectory, TerminalSize? size)
    {
        var master = LibC.posix_openpt(LibC.O_RDWR | LibC.O_NOCTTY | LibC.O_CLOEXEC);
        if (master < 0 || LibC.grantpt(master) != 0 || LibC.unlockpt(master) != 0)
        {
            throw new RuntimeException(RuntimeErrorCode.Unknown, "cannot allocate a pseudo-terminal: " + LibC.LastError());
        }

        var name = stackalloc byte[128];
        if (LibC.ptsname_r(master, name, 128) != 0)
        {
            _ = LibC.close(master);
            throw new RuntimeException(RuntimeErrorCode.Unknown, "ptsname: " + LibC.LastError());
        }

        var slave = Encoding.ASCII.GetString(name, new Span<byte>(name, 128).IndexOf((byte)0));
        Resize(master, size ?? new TerminalSize(80, 24));
        var child = ProcessSpawner.Spawn(new SpawnOptions
        {
            FileName = runc,
            Arguments = arguments,
            Environment = new Dictionary<string, string> { ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/sbin:/usr/bin:/sbin:/bin" },
            ControllingTerminal = slave,
        });
        return new TerminalExecSession(master, child, workDirectory);
    }

    public override ValueTask ResizeAsync(TerminalSize size, CancellationToken cancellationToken = default)
    {
        Resize(_master, size);
        return ValueTask.CompletedTask;
    }

    public override ValueTask CloseStdinAsync(CancellationToken cancellationToken = default)
    {
        // A terminal has no half-close: send the EOF character (^D) as a user would type it.
        _terminal.Write([4]);
        return ValueTask.CompletedTask;
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        if (!_child.Exited.IsCompleted)
        {
            _child.Signal(LibC.SIGKILL);
        }

        await _child.Exited.ConfigureAwait(false);
        await _terminal.DisposeAsync().ConfigureAwait(false);
        PipeExecSession.TryDelete(_workDirectory);
    }

    private static unsafe void Resize(int fd, TerminalSize size)
    {
        var winsize = new LibC.WindowSize { Rows = size.Height, Columns = size.Width };
        _ = LibC.ioctl(fd, LibC.TIOCSWINSZ, &winsize);
    }

    /// <summary>Reads from the terminal master, turning the EIO Linux returns once the other side closed into end-of-stream.</summary>
    private sealed class TerminalReadStream(FileStream terminal) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            try
            {
                return terminal.Read(buffer, offset, count);
            }
            catch (IOException)
            {
                return 0;
            }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await terminal.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                return 0;
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

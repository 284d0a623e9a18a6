using System.Net.Sockets;

namespace KubeSharp.Runtime.Internal.Native;

/// <summary>
/// An AF_UNIX stream socket pair, close-on-exec: our end as a .NET <see cref="Socket"/>, the other as a raw
/// descriptor to hand to a child (conmon's sync and start pipes) and close once the child has it.
/// </summary>
internal sealed unsafe class UnixSocketPair : IDisposable
{
    private int _childFd;

    public UnixSocketPair()
    {
        var fds = stackalloc int[2];
        if (LibC.socketpair(LibC.AF_UNIX, LibC.SOCK_STREAM | LibC.SOCK_CLOEXEC, 0, fds) != 0)
        {
            throw new IOException("socketpair: " + LibC.LastError());
        }

        Parent = new Socket(new SafeSocketHandle(fds[0], ownsHandle: true));
        _childFd = fds[1];
    }

    public Socket Parent { get; }

    public int ChildFd => _childFd;

    /// <summary>Closes the child's end in this process (after spawning), so EOF is seen when the child exits.</summary>
    public void CloseChildEnd()
    {
        var fd = Interlocked.Exchange(ref _childFd, -1);
        if (fd >= 0)
        {
            _ = LibC.close(fd);
        }
    }

    public void Dispose()
    {
        CloseChildEnd();
        Parent.Dispose();
    }
}

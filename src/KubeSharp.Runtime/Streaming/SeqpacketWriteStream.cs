using System.Net.Sockets;

namespace KubeSharp.Runtime.Streaming;

/// <summary>
/// A write-only stream over a SOCK_SEQPACKET socket (conmon's attach socket): each write is sent as packets
/// of at most <see cref="MaxPacket"/> bytes. <see cref="NetworkStream"/> refuses non-stream sockets.
/// </summary>
internal sealed class SeqpacketWriteStream(Socket socket) : Stream
{
    // conmon reads at most 32 KiB per attach packet (src/conn_sock.c @v2.1.6); the rest of a longer one is lost.
    private const int MaxPacket = 32 * 1024;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var chunk = buffer[..Math.Min(buffer.Length, MaxPacket)];
            var sent = await socket.SendAsync(chunk, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            buffer = buffer[sent..];
        }
    }
}

using System.Net;
using System.Threading.Channels;

namespace KubeSharp.Storage.Etcd.Grpc;

/// <summary>
/// The client half of a bidirectional gRPC stream: a request body that stays open and writes each frame handed
/// to <see cref="Send"/> as it comes, until <see cref="Complete"/> (closing it ends etcd's Watch stream).
/// </summary>
internal sealed class DuplexRequestContent : HttpContent
{
    private readonly Channel<byte[]> _frames = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a frame; false once the stream is closed.</summary>
    public bool Send(byte[] frame) => _frames.Writer.TryWrite(frame);

    public void Complete() => _frames.Writer.TryComplete();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await foreach (var frame in _frames.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            await stream.WriteAsync(frame).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        Complete();
        base.Dispose(disposing);
    }
}

using System.Net;

namespace KubeSharp.Bench.Storage;

/// <summary>
/// A request body that sends one gRPC frame and then stays open until <see cref="Complete"/>: the client half of
/// a bidirectional stream such as etcd's Watch, where closing the request would end the watch.
/// </summary>
internal sealed class StreamingRequestContent(byte[] firstFrame) : HttpContent
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Complete() => _done.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(firstFrame);
        await stream.FlushAsync();
        await _done.Task;
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}

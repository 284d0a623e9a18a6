using System.Buffers.Binary;

namespace KubeSharp.Storage.Etcd.Grpc;

/// <summary>An open bidirectional gRPC stream: send request messages, read response messages, dispose to end it.</summary>
internal sealed class GrpcDuplexCall : IAsyncDisposable
{
    private readonly string _method;
    private readonly HttpRequestMessage _request;
    private readonly HttpResponseMessage _response;
    private readonly DuplexRequestContent _content;
    private readonly Stream _stream;
    private readonly byte[] _header = new byte[5];

    public GrpcDuplexCall(string method, HttpRequestMessage request, HttpResponseMessage response, DuplexRequestContent content, Stream stream)
    {
        _method = method;
        _request = request;
        _response = response;
        _content = content;
        _stream = stream;
    }

    /// <summary>Queues a request message; false when the stream has been closed.</summary>
    public bool Send(ProtoWriter message) => _content.Send(message.ToGrpcFrame());

    /// <summary>The next response message, or null when the server ended the stream with status OK.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < _header.Length)
        {
            var n = await _stream.ReadAsync(_header.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                if (read > 0)
                {
                    throw new GrpcException(_method, GrpcException.Unavailable, "stream ended inside a message");
                }

                GrpcChannel.ThrowOnStatus(_method, _response);
                return null;
            }

            read += n;
        }

        var message = new byte[BinaryPrimitives.ReadInt32BigEndian(_header.AsSpan(1))];
        await _stream.ReadExactlyAsync(message, cancellationToken).ConfigureAwait(false);
        return message;
    }

    public async ValueTask DisposeAsync()
    {
        _content.Complete();
        await _stream.DisposeAsync().ConfigureAwait(false);
        _response.Dispose();
        _request.Dispose();
    }
}

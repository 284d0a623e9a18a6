using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using KubeSharp.Storage.Etcd.Grpc;

namespace KubeSharp.Bench.Storage;

/// <summary>
/// A minimal etcd v3 client speaking gRPC itself: HTTP/2 without TLS (prior knowledge, as etcd serves plain
/// client URLs), protobuf bodies with gRPC's 5-byte framing, status in the trailers. Enough for Put, Range and
/// Watch, the calls the benchmark compares.
/// </summary>
internal sealed class EtcdGrpcClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public EtcdGrpcClient(Uri endpoint)
    {
        _endpoint = endpoint;
        _http = new HttpClient(new SocketsHttpHandler { EnableMultipleHttp2Connections = true })
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>etcdserverpb.KV/Put; returns the revision of the write.</summary>
    public async Task<long> PutAsync(ReadOnlyMemory<byte> key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default)
    {
        var request = new ProtoWriter().Bytes(1, key.Span).Bytes(2, value.Span);
        var response = await UnaryAsync("/etcdserverpb.KV/Put", request, cancellationToken);
        return HeaderRevision(response);
    }

    /// <summary>etcdserverpb.KV/Range over a prefix; returns the number of key-values received.</summary>
    public async Task<int> RangeAsync(ReadOnlyMemory<byte> prefix, CancellationToken cancellationToken = default)
    {
        var request = new ProtoWriter().Bytes(1, prefix.Span).Bytes(2, PrefixEnd(prefix.Span));
        var response = await UnaryAsync("/etcdserverpb.KV/Range", request, cancellationToken);
        var count = 0;
        var reader = new ProtoReader(response);
        while (reader.Next())
        {
            if (reader.Field == 2)
            {
                reader.Bytes();
                count++;
            }
            else
            {
                reader.Skip();
            }
        }

        return count;
    }

    /// <summary>
    /// etcdserverpb.Watch/Watch on a prefix: calls <paramref name="onValue"/> with each event's value until
    /// cancelled. The returned task completes once etcd confirms the watch is created.
    /// </summary>
    public async Task<Task> WatchAsync(ReadOnlyMemory<byte> prefix, Action<ReadOnlyMemory<byte>> onValue, CancellationToken cancellationToken)
    {
        var create = new ProtoWriter().Bytes(1, prefix.Span).Bytes(2, PrefixEnd(prefix.Span));
        var content = new StreamingRequestContent(new ProtoWriter().Message(1, create).ToGrpcFrame());
        var request = NewRequest("/etcdserverpb.Watch/Watch", content);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loop = Task.Run(async () =>
        {
            try
            {
                var header = new byte[5];
                while (!cancellationToken.IsCancellationRequested)
                {
                    await stream.ReadExactlyAsync(header, cancellationToken);
                    var message = new byte[BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(1))];
                    await stream.ReadExactlyAsync(message, cancellationToken);
                    if (DispatchWatchResponse(message, onValue))
                    {
                        created.TrySetResult();
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                content.Complete();
                response.Dispose();
                created.TrySetCanceled(CancellationToken.None);
            }
        }, CancellationToken.None);
        await created.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return loop;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The smallest key after every key with this prefix, as clientv3.GetPrefixRangeEnd.</summary>
    private static byte[] PrefixEnd(ReadOnlySpan<byte> prefix)
    {
        var end = prefix.ToArray();
        for (var i = end.Length - 1; i >= 0; i--)
        {
            if (end[i] < 0xff)
            {
                end[i]++;
                return end[..(i + 1)];
            }
        }

        return [0];
    }

    /// <summary>Delivers event values; true for the "created" response.</summary>
    private static bool DispatchWatchResponse(ReadOnlySpan<byte> message, Action<ReadOnlyMemory<byte>> onValue)
    {
        var created = false;
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            if (reader.Field == 3 && reader.WireType == 0)
            {
                created = reader.Varint() != 0;
            }
            else if (reader.Field == 11)
            {
                var watchEvent = new ProtoReader(reader.Bytes());
                while (watchEvent.Next())
                {
                    if (watchEvent.Field == 2)
                    {
                        var kv = new ProtoReader(watchEvent.Bytes());
                        while (kv.Next())
                        {
                            if (kv.Field == 5)
                            {
                                onValue(kv.Bytes().ToArray());
                            }
                            else
                            {
                                kv.Skip();
                            }
                        }
                    }
                    else
                    {
                        watchEvent.Skip();
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return created;
    }

    private static long HeaderRevision(ReadOnlySpan<byte> response)
    {
        var reader = new ProtoReader(response);
        while (reader.Next())
        {
            if (reader.Field == 1)
            {
                var header = new ProtoReader(reader.Bytes());
                while (header.Next())
                {
                    if (header.Field == 3)
                    {
                        return header.Varint();
                    }

                    header.Skip();
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return 0;
    }

    private async Task<byte[]> UnaryAsync(string method, ProtoWriter message, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(message.ToGrpcFrame());
        using var request = NewRequest(method, content);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var status = response.TrailingHeaders.TryGetValues("grpc-status", out var values) ? values.First()
            : response.Headers.TryGetValues("grpc-status", out values) ? values.First() : "0";
        if (status != "0")
        {
            var detail = response.TrailingHeaders.TryGetValues("grpc-message", out var messages) ? messages.First() : "";
            throw new InvalidOperationException($"{method}: grpc-status {status} {detail}");
        }

        return body.Length >= 5 ? body[5..] : [];
    }

    private HttpRequestMessage NewRequest(string method, HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_endpoint, method))
        {
            Content = content,
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        return request;
    }
}

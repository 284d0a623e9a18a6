using System.Net;
using System.Net.Http.Headers;

namespace KubeSharp.Storage.Etcd.Grpc;

/// <summary>
/// gRPC over <see cref="HttpClient"/> without a gRPC package: HTTP/2 with prior knowledge on plain
/// <c>http://</c> endpoints (as etcd serves client URLs without TLS), protobuf messages in gRPC's 5-byte length
/// prefix, and the status in the <c>grpc-status</c> trailer (or header, for a call that fails at once).
/// </summary>
internal sealed class GrpcChannel : IDisposable
{
    private readonly HttpClient _http;

    public GrpcChannel(Uri endpoint)
    {
        Endpoint = endpoint;
        _http = new HttpClient(new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
        })
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public Uri Endpoint { get; }

    /// <summary>A unary call: one request message, one response message (without its frame).</summary>
    public async Task<byte[]> UnaryAsync(string method, ProtoWriter message, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(message.ToGrpcFrame());
        using var request = NewRequest(method, content);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new GrpcException(method, GrpcException.Unavailable, $"HTTP {(int)response.StatusCode}");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        ThrowOnStatus(method, response);
        if (body.Length < 5)
        {
            throw new GrpcException(method, GrpcException.Unavailable, "empty response");
        }

        return body[5..];
    }

    /// <summary>Opens a bidirectional stream (etcd's Watch and LeaseKeepAlive) with a first message.</summary>
    public async Task<GrpcDuplexCall> DuplexAsync(string method, ProtoWriter first, CancellationToken cancellationToken)
    {
        var content = new DuplexRequestContent();
        content.Send(first.ToGrpcFrame());
        var request = NewRequest(method, content);
        HttpResponseMessage? response = null;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new GrpcException(method, GrpcException.Unavailable, $"HTTP {(int)response.StatusCode}");
            }

            ThrowOnStatus(method, response, headersOnly: true);
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new GrpcDuplexCall(method, request, response, content, stream);
        }
        catch
        {
            content.Complete();
            response?.Dispose();
            request.Dispose();
            throw;
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Throws when the trailers (or, for a call rejected at once, the headers) carry a non-zero status.</summary>
    internal static void ThrowOnStatus(string method, HttpResponseMessage response, bool headersOnly = false)
    {
        if (Status(response.Headers) is { } fromHeaders && fromHeaders.Code != 0)
        {
            throw new GrpcException(method, fromHeaders.Code, fromHeaders.Message);
        }

        if (!headersOnly && Status(response.TrailingHeaders) is { } fromTrailers && fromTrailers.Code != 0)
        {
            throw new GrpcException(method, fromTrailers.Code, fromTrailers.Message);
        }
    }

    private static (int Code, string Message)? Status(HttpHeaders headers)
    {
        if (!headers.TryGetValues("grpc-status", out var codes) || !int.TryParse(codes.First(), out var code))
        {
            return null;
        }

        var message = headers.TryGetValues("grpc-message", out var messages) ? Uri.UnescapeDataString(messages.First()) : "";
        return (code, message);
    }

    private HttpRequestMessage NewRequest(string method, HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Endpoint, method))
        {
            Content = content,
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        return request;
    }
}

using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using KubeSharp.Dns.Protocol;
using KubeSharp.Dns.Records;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Dns.Server;

/// <summary>
/// The DNS server: UDP and TCP on one address and port. Cluster names are answered from the current
/// <see cref="ClusterZone"/> on the receiving loop; everything else goes to the <see cref="Forwarder"/> through the
/// <see cref="ForwardCache"/>, off the loop.
/// </summary>
public sealed partial class DnsServer : IAsyncDisposable
{
    private static readonly TimeSpan TcpIdleTimeout = TimeSpan.FromSeconds(10);

    private readonly Func<ClusterZone> _zone;
    private readonly Forwarder _forwarder;
    private readonly ForwardCache _cache;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];
    private readonly Socket _udp;
    private readonly Socket _tcp;
    private int _disposed;

    public DnsServer(IPEndPoint listen, Func<ClusterZone> zone, IReadOnlyList<IPEndPoint> upstreams, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        _zone = zone;
        _timeProvider = timeProvider;
        _forwarder = new Forwarder(upstreams, timeProvider);
        _cache = new ForwardCache(timeProvider);
        _logger = loggerFactory.CreateLogger<DnsServer>();
        (_udp, _tcp) = Bind(listen);
        Endpoint = (IPEndPoint)_udp.LocalEndPoint!;
    }

    /// <summary>Where the server listens (UDP and TCP), with the port resolved when 0 was asked for.</summary>
    public IPEndPoint Endpoint { get; }

    /// <summary>Starts the receive loops: one UDP loop per core (at least two) and the TCP accept loop.</summary>
    public void Start()
    {
        var loops = Math.Max(2, Environment.ProcessorCount);
        for (var i = 0; i < loops; i++)
        {
            _loops.Add(Task.Run(() => UdpLoopAsync(_stopping.Token)));
        }

        _loops.Add(Task.Run(() => TcpAcceptLoopAsync(_stopping.Token)));
        LogListening(_logger, Endpoint, _forwarder.Upstreams.Count);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _udp.Dispose();
        _tcp.Dispose();
        try
        {
            await Task.WhenAll(_loops).ConfigureAwait(false);
        }
        catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        _stopping.Dispose();
    }

    /// <summary>
    /// Answers a query from the zone or the cache into <paramref name="buffer"/>; 0 when it must be forwarded
    /// (<paramref name="forward"/> then holds the parsed question).
    /// </summary>
    internal int Answer(ReadOnlySpan<byte> query, Span<byte> buffer, bool udp, Dictionary<string, int> names, out DnsQuery? forward)
    {
        forward = null;
        DnsQuery? parsed;
        try
        {
            parsed = DnsQuery.Parse(query);
        }
        catch (FormatException)
        {
            return query.Length >= DnsQuery.HeaderLength ? DnsResponses.Error(query, null, ResponseCode.FormatError, buffer, names) : 0;
        }

        if (parsed is null)
        {
            return 0;
        }

        if (!parsed.IsStandardQuery)
        {
            return DnsResponses.Error(query, parsed, ResponseCode.NotImplemented, buffer, names);
        }

        if (parsed.Class != RecordType.ClassInternet && parsed.Class != RecordType.Any)
        {
            return DnsResponses.Error(query, parsed, ResponseCode.Refused, buffer, names);
        }

        if (ClusterResolver.Resolve(_zone(), parsed.LowerName, parsed.Type) is { } answer)
        {
            return DnsResponses.Write(query, parsed, answer, buffer, udp, names);
        }

        var cached = _cache.TryWrite(parsed, buffer);
        if (cached > 0 && (!udp || cached <= parsed.MaxUdpSize))
        {
            return cached;
        }

        forward = parsed;
        return 0;
    }

    /// <summary>Forwards a question upstream and stores the answer; SERVFAIL when no upstream answers.</summary>
    internal async Task<byte[]> ForwardAsync(byte[] query, DnsQuery parsed, bool udp, CancellationToken cancellationToken)
    {
        var answer = await _forwarder.ForwardAsync(query, tcp: !udp, cancellationToken).ConfigureAwait(false);
        if (answer is null)
        {
            var buffer = new byte[512];
            var length = DnsResponses.Error(query, parsed, ResponseCode.ServerFailure, buffer, []);
            return buffer[..length];
        }

        _cache.Store(parsed, answer);
        return answer;
    }

    private static (Socket Udp, Socket Tcp) Bind(IPEndPoint listen)
    {
        // Port 0: let UDP pick, then take the same port for TCP, trying again if TCP's is taken.
        for (var attempt = 0; ; attempt++)
        {
            var udp = new Socket(listen.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            var tcp = new Socket(listen.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                udp.Bind(listen);
                tcp.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                tcp.Bind(new IPEndPoint(listen.Address, ((IPEndPoint)udp.LocalEndPoint!).Port));
                tcp.Listen(512);
                return (udp, tcp);
            }
            catch (SocketException) when (listen.Port == 0 && attempt < 10)
            {
                udp.Dispose();
                tcp.Dispose();
            }
            catch
            {
                udp.Dispose();
                tcp.Dispose();
                throw;
            }
        }
    }

    private async Task UdpLoopAsync(CancellationToken stopping)
    {
        var receive = new byte[65535];
        var send = new byte[65535];
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var any = new IPEndPoint(Endpoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!stopping.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _udp.ReceiveFromAsync(receive, SocketFlags.None, any, stopping).ConfigureAwait(false);
            }
            catch (SocketException error) when (error.SocketErrorCode is SocketError.ConnectionReset or SocketError.MessageSize)
            {
                continue;
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }

            var length = Answer(receive.AsSpan(0, received.ReceivedBytes), send, udp: true, names, out var forward);
            if (length > 0)
            {
                await SendUdpAsync(send.AsMemory(0, length), received.RemoteEndPoint, stopping).ConfigureAwait(false);
            }
            else if (forward is not null)
            {
                _ = ForwardUdpAsync(receive.AsSpan(0, received.ReceivedBytes).ToArray(), forward, received.RemoteEndPoint, stopping);
            }
        }
    }

    private async Task ForwardUdpAsync(byte[] query, DnsQuery parsed, EndPoint requester, CancellationToken stopping)
    {
        try
        {
            var answer = await ForwardAsync(query, parsed, udp: true, stopping).ConfigureAwait(false);
            await SendUdpAsync(answer, requester, stopping).ConfigureAwait(false);
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task SendUdpAsync(ReadOnlyMemory<byte> answer, EndPoint requester, CancellationToken stopping)
    {
        try
        {
            await _udp.SendToAsync(answer, SocketFlags.None, requester, stopping).ConfigureAwait(false);
        }
        catch (SocketException error)
        {
            LogSendFailed(_logger, requester, error.SocketErrorCode);
        }
    }

    private async Task TcpAcceptLoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = await _tcp.AcceptAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                continue;
            }

            _ = ServeTcpAsync(connection, stopping);
        }
    }

    /// <summary>Length-prefixed messages (RFC 1035 §4.2.2, RFC 7766) until the client closes or stays idle.</summary>
    private async Task ServeTcpAsync(Socket connection, CancellationToken stopping)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var send = new byte[65537];
        try
        {
            await using var stream = new NetworkStream(connection, ownsSocket: true);
            var prefix = new byte[2];
            while (true)
            {
                using var idle = new CancellationTokenSource(TcpIdleTimeout, _timeProvider);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(idle.Token, stopping);
                await stream.ReadExactlyAsync(prefix, linked.Token).ConfigureAwait(false);
                var query = new byte[BinaryPrimitives.ReadUInt16BigEndian(prefix)];
                await stream.ReadExactlyAsync(query, linked.Token).ConfigureAwait(false);
                var length = Answer(query, send.AsSpan(2), udp: false, names, out var forward);
                ReadOnlyMemory<byte> answer;
                if (length > 0)
                {
                    BinaryPrimitives.WriteUInt16BigEndian(send, (ushort)length);
                    answer = send.AsMemory(0, length + 2);
                }
                else if (forward is not null)
                {
                    var upstream = await ForwardAsync(query, forward, udp: false, stopping).ConfigureAwait(false);
                    var framed = new byte[upstream.Length + 2];
                    BinaryPrimitives.WriteUInt16BigEndian(framed, (ushort)upstream.Length);
                    upstream.CopyTo(framed, 2);
                    answer = framed;
                }
                else
                {
                    return;
                }

                await stream.WriteAsync(answer, stopping).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is IOException or SocketException or OperationCanceledException or EndOfStreamException)
        {
            // Client closed, idle timeout, or shutdown.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster DNS listening on {Endpoint} (UDP and TCP), forwarding to {Upstreams} upstream resolver(s)")]
    private static partial void LogListening(ILogger logger, IPEndPoint endpoint, int upstreams);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not answer {Requester}: {Error}")]
    private static partial void LogSendFailed(ILogger logger, EndPoint requester, SocketError error);
}

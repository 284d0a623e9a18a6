using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace KubeSharp.Dns.Server;

/// <summary>
/// Sends questions outside the cluster to the upstream resolvers (CoreDNS's <c>forward . /etc/resolv.conf</c>):
/// over UDP, or TCP when the requester came over TCP; each upstream in turn until one answers within the timeout.
/// The query goes out with a fresh random ID, checked on the way back and replaced by the requester's.
/// </summary>
internal sealed class Forwarder(IReadOnlyList<IPEndPoint> upstreams, TimeProvider timeProvider)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private int _next;

    public IReadOnlyList<IPEndPoint> Upstreams => upstreams;

    /// <summary>The upstream's answer with the requester's ID, or null when no upstream answered.</summary>
    public async Task<byte[]?> ForwardAsync(ReadOnlyMemory<byte> query, bool tcp, CancellationToken cancellationToken)
    {
        if (upstreams.Count == 0 || query.Length < 12)
        {
            return null;
        }

        var clientId = BinaryPrimitives.ReadUInt16BigEndian(query.Span);
        var outgoing = query.ToArray();
        var id = (ushort)RandomNumberGenerator.GetInt32(ushort.MaxValue + 1);
        BinaryPrimitives.WriteUInt16BigEndian(outgoing, id);
        var start = (int)((uint)Interlocked.Increment(ref _next) % (uint)upstreams.Count);
        for (var i = 0; i < upstreams.Count; i++)
        {
            var upstream = upstreams[(start + i) % upstreams.Count];
            using var timeout = new CancellationTokenSource(Timeout, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
            try
            {
                var answer = tcp
                    ? await TcpAsync(upstream, outgoing, id, linked.Token).ConfigureAwait(false)
                    : await UdpAsync(upstream, outgoing, id, linked.Token).ConfigureAwait(false);
                BinaryPrimitives.WriteUInt16BigEndian(answer, clientId);
                return answer;
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is SocketException or OperationCanceledException or IOException or InvalidDataException)
            {
                // Try the next upstream.
            }
        }

        return null;
    }

    private static async Task<byte[]> UdpAsync(IPEndPoint upstream, byte[] query, ushort id, CancellationToken cancellationToken)
    {
        using var socket = new Socket(upstream.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        await socket.ConnectAsync(upstream, cancellationToken).ConfigureAwait(false);
        await socket.SendAsync(query, SocketFlags.None, cancellationToken).ConfigureAwait(false);
        var buffer = new byte[65535];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (received >= 12 && BinaryPrimitives.ReadUInt16BigEndian(buffer) == id && (buffer[2] & 0x80) != 0)
            {
                return buffer[..received];
            }
        }
    }

    private static async Task<byte[]> TcpAsync(IPEndPoint upstream, byte[] query, ushort id, CancellationToken cancellationToken)
    {
        using var socket = new Socket(upstream.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(upstream, cancellationToken).ConfigureAwait(false);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var framed = new byte[query.Length + 2];
        BinaryPrimitives.WriteUInt16BigEndian(framed, (ushort)query.Length);
        query.CopyTo(framed, 2);
        await stream.WriteAsync(framed, cancellationToken).ConfigureAwait(false);
        var length = new byte[2];
        await stream.ReadExactlyAsync(length, cancellationToken).ConfigureAwait(false);
        var answer = new byte[BinaryPrimitives.ReadUInt16BigEndian(length)];
        await stream.ReadExactlyAsync(answer, cancellationToken).ConfigureAwait(false);
        if (answer.Length < 12 || BinaryPrimitives.ReadUInt16BigEndian(answer) != id)
        {
            throw new InvalidDataException("upstream answered another question");
        }

        return answer;
    }
}

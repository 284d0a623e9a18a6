using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using KubeSharp.Dns.Protocol;
using KubeSharp.Dns.Records;
using KubeSharp.Dns.Server;
using KubeSharp.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Dns.Tests;

/// <summary>The server over real UDP and TCP on 127.0.0.1, with a second server on loopback as the upstream.</summary>
public sealed class DnsServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new();
    private DnsServer _upstream = null!;
    private DnsServer _server = null!;

    public async Task InitializeAsync()
    {
        var upstreamZone = ClusterZone.Build("upstream.test", [ClusterObjects.ClusterIP("default", "far", "192.0.2.7")], [], 1);
        _upstream = new DnsServer(new IPEndPoint(IPAddress.Loopback, 0), () => upstreamZone, [], TimeProvider.System, NullLoggerFactory.Instance);
        _upstream.Start();

        var endpoints = Enumerable.Range(1, 60).Select(i => ($"10.42.1.{i}", (bool?)true, (string?)null)).ToArray();
        var zone = ClusterZone.Build(
            "cluster.local",
            [ClusterObjects.ClusterIP("default", "web", "10.43.0.20", ("http", 80, "TCP")), ClusterObjects.Headless("default", "many")],
            [ClusterObjects.Slice("default", "many", [], endpoints)],
            1);
        _server = new DnsServer(new IPEndPoint(IPAddress.Loopback, 0), () => zone, [_upstream.Endpoint], _time, NullLoggerFactory.Instance);
        _server.Start();
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _upstream.DisposeAsync();
    }

    [Fact]
    public async Task Udp_ClusterName_AuthoritativeAnswerKeepsIdAndQuestionCase()
    {
        var answer = DnsTestMessages.Decode(await UdpAsync(DnsTestMessages.Query("WEB.Default.svc.cluster.local", RecordType.A, id: 0xBEEF)));

        Assert.Equal(0xBEEF, answer.Id);
        Assert.True(answer.Authoritative);
        Assert.Equal(ResponseCode.NoError, answer.ResponseCode);
        Assert.Equal(0x0100, answer.Flags & 0x0100);
        var record = Assert.Single(answer.Answers);
        Assert.Equal("WEB.Default.svc.cluster.local", record.Name);
        Assert.Equal("10.43.0.20", record.Data);
        Assert.Equal(5u, record.Ttl);
    }

    [Fact]
    public async Task Tcp_ClusterName_Answers()
    {
        var answer = DnsTestMessages.Decode(await TcpAsync(DnsTestMessages.Query("_http._tcp.web.default.svc.cluster.local", RecordType.Srv)));

        Assert.Equal("0 100 80 web.default.svc.cluster.local", Assert.Single(answer.Answers).Data);
    }

    [Fact]
    public async Task Udp_AnswerLargerThan512WithoutEdns_IsTruncatedAndTcpHasItAll()
    {
        var query = DnsTestMessages.Query("many.default.svc.cluster.local", RecordType.A);

        var udp = DnsTestMessages.Decode(await UdpAsync(query));
        var edns = DnsTestMessages.Decode(await UdpAsync(DnsTestMessages.Query("many.default.svc.cluster.local", RecordType.A, ednsSize: 4096)));
        var tcp = DnsTestMessages.Decode(await TcpAsync(query));

        Assert.True(udp.Truncated);
        Assert.Empty(udp.Answers);
        Assert.False(edns.Truncated);
        Assert.Equal(60, edns.Answers.Count);
        Assert.Equal(41, Assert.Single(edns.Additional).Type);
        Assert.False(tcp.Truncated);
        Assert.Equal(60, tcp.Answers.Count);
    }

    [Fact]
    public async Task Udp_TwoQuestions_IsFormatError()
    {
        var query = DnsTestMessages.Query("web.default.svc.cluster.local", RecordType.A);
        query[5] = 2;

        var answer = DnsTestMessages.Decode(await UdpAsync(query));

        Assert.Equal(ResponseCode.FormatError, answer.ResponseCode);
        Assert.Empty(answer.Answers);
    }

    [Fact]
    public async Task Udp_NotAQuery_IsNotImplemented()
    {
        var query = DnsTestMessages.Query("web.default.svc.cluster.local", RecordType.A);
        query[2] |= 0x20; // OPCODE 4 (NOTIFY)

        Assert.Equal(ResponseCode.NotImplemented, DnsTestMessages.Decode(await UdpAsync(query)).ResponseCode);
    }

    [Fact]
    public async Task Udp_OtherName_ForwardedThenServedFromCacheWithTtlCountingDown()
    {
        var query = DnsTestMessages.Query("far.default.svc.upstream.test", RecordType.A, id: 1);

        var first = DnsTestMessages.Decode(await UdpAsync(query));
        await _upstream.DisposeAsync();
        _time.Advance(TimeSpan.FromSeconds(3));
        var cached = DnsTestMessages.Decode(await UdpAsync(DnsTestMessages.Query("far.default.svc.upstream.test", RecordType.A, id: 2)));

        Assert.Equal("192.0.2.7", Assert.Single(first.Answers).Data);
        Assert.Equal(1, first.Id);
        Assert.Equal(2, cached.Id);
        Assert.Equal("192.0.2.7", Assert.Single(cached.Answers).Data);
        Assert.Equal(2u, cached.Answers[0].Ttl);
    }

    [Fact]
    public async Task Udp_OtherNameNxdomain_CachedForTheSoaMinimum()
    {
        var first = DnsTestMessages.Decode(await UdpAsync(DnsTestMessages.Query("nope.default.svc.upstream.test", RecordType.A)));
        await _upstream.DisposeAsync();
        _time.Advance(TimeSpan.FromSeconds(4));
        var cached = DnsTestMessages.Decode(await UdpAsync(DnsTestMessages.Query("nope.default.svc.upstream.test", RecordType.A)));
        _time.Advance(TimeSpan.FromSeconds(2));
        var expired = DnsTestMessages.Decode(await UdpAsync(DnsTestMessages.Query("nope.default.svc.upstream.test", RecordType.A)));

        Assert.Equal(ResponseCode.NameError, first.ResponseCode);
        Assert.Equal(ResponseCode.NameError, cached.ResponseCode);
        Assert.Equal(ResponseCode.ServerFailure, expired.ResponseCode);
    }

    [Fact]
    public async Task Tcp_OtherName_ForwardedOverTcp()
    {
        var answer = DnsTestMessages.Decode(await TcpAsync(DnsTestMessages.Query("far.default.svc.upstream.test", RecordType.A)));

        Assert.Equal("192.0.2.7", Assert.Single(answer.Answers).Data);
    }

    [Fact]
    public async Task Udp_NoUpstreamAnswers_IsServerFailure()
    {
        await _upstream.DisposeAsync();

        var answer = DnsTestMessages.Decode(await UdpAsync(DnsTestMessages.Query("gone.example.test", RecordType.A)));

        Assert.Equal(ResponseCode.ServerFailure, answer.ResponseCode);
    }

    private async Task<byte[]> UdpAsync(byte[] query)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        await socket.ConnectAsync(_server.Endpoint);
        await socket.SendAsync(query);
        var buffer = new byte[65535];
        using var patience = new CancellationTokenSource(Patience);
        var received = await socket.ReceiveAsync(buffer, SocketFlags.None, patience.Token);
        return buffer[..received];
    }

    private async Task<byte[]> TcpAsync(byte[] query)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_server.Endpoint);
        var stream = client.GetStream();
        var framed = new byte[query.Length + 2];
        BinaryPrimitives.WriteUInt16BigEndian(framed, (ushort)query.Length);
        query.CopyTo(framed, 2);
        await stream.WriteAsync(framed);
        using var patience = new CancellationTokenSource(Patience);
        var length = new byte[2];
        await stream.ReadExactlyAsync(length, patience.Token);
        var answer = new byte[BinaryPrimitives.ReadUInt16BigEndian(length)];
        await stream.ReadExactlyAsync(answer, patience.Token);
        return answer;
    }
}

using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Discovery.V1;
using KubeSharp.Client.Informers;
using KubeSharp.Dns.Records;
using KubeSharp.Dns.Server;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Dns;

/// <summary>
/// The cluster DNS component: watches Services and EndpointSlices through shared informers, keeps an immutable
/// <see cref="ClusterZone"/> rebuilt after every batch of changes, and serves it with a <see cref="DnsServer"/>.
/// As CoreDNS's kubernetes plugin, it starts answering only once the informers have synced, so a fresh server
/// never answers NXDOMAIN for a service that exists.
/// </summary>
public sealed partial class ClusterDns : IAsyncDisposable
{
    private readonly SharedInformerFactory _informers;
    private readonly ClusterDnsOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private ClusterZone _zone;
    private DnsServer? _server;
    private Task? _rebuilds;
    private uint _serial;

    public ClusterDns(SharedInformerFactory informers, ClusterDnsOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        _informers = informers;
        _options = options;
        _timeProvider = timeProvider;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<ClusterDns>();
        _zone = ClusterZone.Empty(options.Domain);
    }

    /// <summary>The records being served now.</summary>
    public ClusterZone Zone => Volatile.Read(ref _zone);

    /// <summary>Where the server listens, once started.</summary>
    public System.Net.IPEndPoint? Endpoint => _server?.Endpoint;

    /// <summary>Registers with the informers (the caller starts the factory), waits for their sync, then serves.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Watch<Service>();
        Watch<EndpointSlice>();
        _informers.Start();
        await _informers.WaitForCacheSyncAsync(cancellationToken).ConfigureAwait(false);
        Rebuild();
        _rebuilds = Task.Run(() => RebuildLoopAsync(_stopping.Token), CancellationToken.None);
        var upstreams = _options.Upstreams ?? ResolvConf.ReadNameservers();
        _server = new DnsServer(_options.Listen, () => Zone, upstreams, _timeProvider, _loggerFactory);
        _server.Start();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_rebuilds is not null)
        {
            try
            {
                await _rebuilds.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
        _changed.Dispose();
    }

    private void Watch<T>()
        where T : KubeSharp.Api.KubeObject
    {
        _informers.InformerFor<T>().AddEventHandler(new ResourceEventHandlerFuncs<T>
        {
            AddFunc = (_, _) => Signal(),
            UpdateFunc = (_, _) => Signal(),
            DeleteFunc = _ => Signal(),
        });
    }

    private void Signal()
    {
        if (_changed.CurrentCount == 0)
        {
            try
            {
                _changed.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled: the next rebuild sees this change too.
            }
        }
    }

    /// <summary>One rebuild per batch of changes: a burst of events is folded into the rebuild that follows it.</summary>
    private async Task RebuildLoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            await _changed.WaitAsync(stopping).ConfigureAwait(false);
            Rebuild();
        }
    }

    private void Rebuild()
    {
        var services = _informers.Lister<Service>().List();
        var slices = _informers.Lister<EndpointSlice>().List();
        var zone = ClusterZone.Build(_options.Domain, services, slices, ++_serial);
        Volatile.Write(ref _zone, zone);
        LogRebuilt(_logger, services.Count, slices.Count, zone.NameCount);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cluster DNS zone rebuilt from {Services} services and {Slices} endpoint slices: {Names} names")]
    private static partial void LogRebuilt(ILogger logger, int services, int slices, int names);
}

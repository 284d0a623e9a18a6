using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Client.Informers;

/// <summary>
/// One informer per resource per process (upstream's <c>informers.SharedInformerFactory</c>): every controller
/// that asks for pods gets the same informer, so there is one list+watch and one cache of pods.
/// <see cref="Start"/> runs whatever was asked for so far; call it again after asking for more.
/// </summary>
public sealed partial class SharedInformerFactory : IAsyncDisposable
{
    private readonly Kubernetes _client;
    private readonly TimeSpan _defaultResync;
    private readonly string? _namespace;
    private readonly Action<ListOptions>? _tweakListOptions;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<Type, ISharedInformer> _informers = [];
    private readonly Dictionary<Type, Task> _running = [];
    private readonly CancellationTokenSource _stop = new();

    /// <param name="namespace">Watch only this namespace (null: all).</param>
    /// <param name="tweakListOptions">Applied to every list and watch, e.g. a label selector.</param>
    public SharedInformerFactory(Kubernetes client, TimeSpan defaultResync, string? @namespace = null, Action<ListOptions>? tweakListOptions = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _defaultResync = defaultResync;
        _namespace = @namespace;
        _tweakListOptions = tweakListOptions;
        _logger = client.LoggerFactory.CreateLogger<SharedInformerFactory>();
    }

    /// <summary>The shared informer of <typeparamref name="T"/>, created on first use.</summary>
    public ISharedIndexInformer<T> InformerFor<T>()
        where T : KubeObject =>
        InformerFor(() =>
        {
            var resource = _client.Resource<T>();
            if (_namespace is not null)
            {
                resource = resource.Namespace(_namespace);
            }

            return new SharedIndexInformer<T>(resource, _defaultResync, _client.Time, _client.LoggerFactory.CreateLogger<SharedIndexInformer<T>>())
            {
                TweakListOptions = _tweakListOptions,
            };
        });

    /// <summary>The shared informer of <typeparamref name="T"/>, created by <paramref name="create"/> on first use (custom selectors or indexes).</summary>
    public ISharedIndexInformer<T> InformerFor<T>(Func<ISharedIndexInformer<T>> create)
        where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_lock)
        {
            if (_informers.TryGetValue(typeof(T), out var existing))
            {
                return (ISharedIndexInformer<T>)existing;
            }

            var informer = create();
            _informers[typeof(T)] = informer;
            return informer;
        }
    }

    public Lister<T> Lister<T>()
        where T : KubeObject => new(InformerFor<T>().Indexer);

    /// <summary>Starts every informer asked for that is not running yet. They stop on <see cref="DisposeAsync"/>.</summary>
    public void Start()
    {
        lock (_lock)
        {
            foreach (var (type, informer) in _informers)
            {
                if (_running.ContainsKey(type))
                {
                    continue;
                }

                LogStarting(type.Name);
                _running[type] = Task.Run(() => informer.RunAsync(_stop.Token));
            }
        }
    }

    /// <summary>Waits until every started informer has synced; the answer per type is false if cancelled first.</summary>
    public async Task<IReadOnlyDictionary<Type, bool>> WaitForCacheSyncAsync(CancellationToken cancellationToken)
    {
        List<KeyValuePair<Type, ISharedInformer>> started;
        lock (_lock)
        {
            started = [.. _informers.Where(pair => _running.ContainsKey(pair.Key))];
        }

        var result = new Dictionary<Type, bool>();
        foreach (var (type, informer) in started)
        {
            result[type] = await CacheSync.WaitForCacheSyncAsync(_client.Time, cancellationToken, () => informer.HasSynced).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Stops every informer and waits for them to finish.</summary>
    public async ValueTask DisposeAsync()
    {
        Task[] running;
        lock (_lock)
        {
            running = [.. _running.Values];
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Starting informer for {Type}")]
    private partial void LogStarting(string type);
}

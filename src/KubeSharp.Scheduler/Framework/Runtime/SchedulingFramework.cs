namespace KubeSharp.Scheduler.Framework.Runtime;

/// <summary>
/// One profile's plugins, run at each extension point in order (upstream's runtime.frameworkImpl). Also the
/// handle plugins receive.
/// </summary>
public sealed partial class SchedulingFramework : IFrameworkHandle
{
    private readonly FrameworkServices _services;
    private readonly List<IPreEnqueuePlugin> _preEnqueue = [];
    private readonly List<IPreFilterPlugin> _preFilter = [];
    private readonly List<IFilterPlugin> _filter = [];
    private readonly List<IPostFilterPlugin> _postFilter = [];
    private readonly List<IPreScorePlugin> _preScore = [];
    private readonly List<(IScorePlugin Plugin, int Weight)> _score = [];
    private readonly List<IReservePlugin> _reserve = [];
    private readonly List<IPermitPlugin> _permit = [];
    private readonly List<IPreBindPlugin> _preBind = [];
    private readonly List<IBindPlugin> _bind = [];
    private readonly List<IPostBindPlugin> _postBind = [];
    private readonly Dictionary<string, IReadOnlyList<ClusterEventWithHint>> _events = new(StringComparer.Ordinal);
    private IQueueSortPlugin? _queueSort;

    public SchedulingFramework(SchedulerProfile profile, FrameworkServices services)
    {
        ProfileName = profile.SchedulerName;
        PercentageOfNodesToScore = profile.PercentageOfNodesToScore;
        _services = services;
        foreach (var config in profile.Plugins)
        {
            var plugin = config.Factory(this);
            Register(plugin, config.Weight);
        }

        if (_queueSort is null)
        {
            throw new ArgumentException($"profile {ProfileName}: exactly one queue sort plugin is required");
        }

        if (_bind.Count == 0)
        {
            throw new ArgumentException($"profile {ProfileName}: at least one bind plugin is required");
        }
    }

    public string ProfileName { get; }

    public int? PercentageOfNodesToScore { get; }

    public INodeInfoLister SnapshotSharedLister => _services.Snapshot;

    public IPodNominator PodNominator => _services.Nominator;

    public ISchedulerClient Client => _services.Client;

    public TimeProvider TimeProvider => _services.TimeProvider;

    public IQueueSortPlugin QueueSort => _queueSort!;

    public IReadOnlyList<IPreEnqueuePlugin> PreEnqueuePlugins => _preEnqueue;

    /// <summary>Events each plugin registered, by plugin name (for the queue).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ClusterEventWithHint>> EventsToRegister => _events;

    public bool HasFilterPlugins => _filter.Count > 0;

    public bool HasPostFilterPlugins => _postFilter.Count > 0;

    public bool HasScorePlugins => _score.Count > 0;

    public IReadOnlyDictionary<string, string>? NamespaceLabels(string namespaceName) =>
        _services.NamespaceLabels?.Invoke(namespaceName);

    private void Register(IPlugin plugin, int weight)
    {
        if (plugin is IQueueSortPlugin queueSort)
        {
            if (_queueSort is not null)
            {
                throw new ArgumentException($"profile {ProfileName}: only one queue sort plugin can be enabled");
            }

            _queueSort = queueSort;
        }

        if (plugin is IPreEnqueuePlugin preEnqueue)
        {
            _preEnqueue.Add(preEnqueue);
        }

        if (plugin is IPreFilterPlugin preFilter)
        {
            _preFilter.Add(preFilter);
        }

        if (plugin is IFilterPlugin filter)
        {
            _filter.Add(filter);
        }

        if (plugin is IPostFilterPlugin postFilter)
        {
            _postFilter.Add(postFilter);
        }

        if (plugin is IPreScorePlugin preScore)
        {
            _preScore.Add(preScore);
        }

        if (plugin is IScorePlugin score)
        {
            if (weight <= 0)
            {
                throw new ArgumentException($"profile {ProfileName}: score plugin {plugin.Name} needs a positive weight");
            }

            _score.Add((score, weight));
        }

        if (plugin is IReservePlugin reserve)
        {
            _reserve.Add(reserve);
        }

        if (plugin is IPermitPlugin permit)
        {
            _permit.Add(permit);
        }

        if (plugin is IPreBindPlugin preBind)
        {
            _preBind.Add(preBind);
        }

        if (plugin is IBindPlugin bind)
        {
            _bind.Add(bind);
        }

        if (plugin is IPostBindPlugin postBind)
        {
            _postBind.Add(postBind);
        }

        if (plugin is IEnqueueExtensions enqueue)
        {
            _events[plugin.Name] = enqueue.EventsToRegister();
        }
        else if (plugin is IPreFilterPlugin or IFilterPlugin or IReservePlugin or IPermitPlugin or IPreEnqueuePlugin)
        {
            // As upstream: a rejecting plugin without registered events is retried on every event.
            _events[plugin.Name] = [new ClusterEventWithHint(new ClusterEvent(EventResource.WildCard, ActionType.All, "WildCard"))];
        }
    }
}

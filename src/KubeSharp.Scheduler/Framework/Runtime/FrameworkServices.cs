namespace KubeSharp.Scheduler.Framework.Runtime;

/// <summary>What the scheduler lends every profile's framework: snapshot, nominator, client, clock, namespaces.</summary>
public sealed record FrameworkServices(
    INodeInfoLister Snapshot,
    IPodNominator Nominator,
    ISchedulerClient Client,
    TimeProvider TimeProvider,
    Func<string, IReadOnlyDictionary<string, string>?>? NamespaceLabels = null);

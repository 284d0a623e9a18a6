namespace KubeSharp.Controllers.ControllerManager;

/// <summary>
/// kube-controller-manager's options that KubeSharp honours, with upstream's defaults. <see cref="Controllers"/>
/// is the <c>--controllers</c> flag: <c>*</c> enables every controller on by default, <c>foo</c> enables
/// <c>foo</c>, <c>-foo</c> disables it.
/// </summary>
public sealed record ControllerManagerOptions
{
    /// <summary>The <c>--controllers</c> list. Default <c>*</c>.</summary>
    public IReadOnlyList<string> Controllers { get; init; } = ["*"];

    /// <summary>Run only while holding the <c>kube-system/kube-controller-manager</c> Lease. Default true.</summary>
    public bool LeaderElect { get; init; } = true;

    /// <summary>The Lease's namespace and name (upstream's --leader-elect-resource-namespace/-name).</summary>
    public string LeaderElectResourceNamespace { get; init; } = "kube-system";

    public string LeaderElectResourceName { get; init; } = "kube-controller-manager";

    /// <summary>Default 15 s.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Default 10 s.</summary>
    public TimeSpan RenewDeadline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Default 2 s.</summary>
    public TimeSpan RetryPeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Workers per controller (upstream's --concurrent-replicaset-syncs, --concurrent-deployment-syncs, …). Default 5.</summary>
    public int ConcurrentSyncs { get; init; } = 5;

    /// <summary>Concurrent garbage collector workers (upstream's --concurrent-gc-syncs). Default 20.</summary>
    public int ConcurrentGcSyncs { get; init; } = 20;

    /// <summary>Terminated pods kept before pod GC deletes the oldest (upstream's --terminated-pod-gc-threshold). Default 12500.</summary>
    public int TerminatedPodGcThreshold { get; init; } = 12500;

    /// <summary>The CA bundle published as <c>kube-root-ca.crt</c> in every namespace (PEM); none disables the publisher.</summary>
    public string? RootCaCertificate { get; init; }

    /// <summary>
    /// Rejects an unknown controller name with upstream's message; names may be canonical or aliases.
    /// </summary>
    public void Validate(IReadOnlyCollection<ControllerDescriptor> known)
    {
        foreach (var entry in Controllers)
        {
            if (entry == "*")
            {
                continue;
            }

            var name = entry.StartsWith('-') ? entry[1..] : entry;
            if (!known.Any(d => d.Name == name || d.Aliases.Contains(name)))
            {
                throw new ArgumentException($"\"{name}\" is not in the list of known controllers");
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="descriptor"/> runs (upstream's IsControllerEnabled): the first entry naming it
    /// decides; otherwise <c>*</c> enables it unless it is disabled by default.
    /// </summary>
    public bool IsControllerEnabled(ControllerDescriptor descriptor)
    {
        var hasStar = false;
        foreach (var entry in Controllers)
        {
            if (Names(descriptor).Contains(entry))
            {
                return true;
            }

            if (entry.StartsWith('-') && Names(descriptor).Contains(entry[1..]))
            {
                return false;
            }

            if (entry == "*")
            {
                hasStar = true;
            }
        }

        return hasStar && !descriptor.DisabledByDefault;
    }

    private static IEnumerable<string> Names(ControllerDescriptor descriptor) => [descriptor.Name, .. descriptor.Aliases];
}

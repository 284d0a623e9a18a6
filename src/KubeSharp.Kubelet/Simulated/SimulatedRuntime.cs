using System.Security.Cryptography;
using KubeSharp.Runtime;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>
/// The container runtime of a simulated node: the same CRI seam as the real runtime, with no processes. Sandboxes
/// get an IP from the node's pod CIDR (given through <see cref="UpdateRuntimeConfigAsync"/>, as the kubelet passes
/// it), images "pull" at once, and a container's program runs until stopped, or exits on its own when the pod's
/// <see cref="SimulatedAnnotations"/> say so, which raises <see cref="ContainerExited"/>.
/// </summary>
public sealed partial class SimulatedRuntime : IContainerRuntime, IDisposable
{
    /// <summary>The runtime name, as in node status' containerRuntimeVersion (<c>kubesharp-simulated://0.1.0</c>).</summary>
    public const string RuntimeName = "kubesharp-simulated";

    public const string RuntimeVersion = "0.1.0";

    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SandboxEntry> _sandboxes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContainerEntry> _containers = new(StringComparer.Ordinal);
    private readonly HashSet<long> _usedAddresses = [];
    private Ipv4Cidr? _podCidr;
    private long _nextAddress = 2;

    public SimulatedRuntime(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Raised, outside any lock, when a container's program exits on its own.</summary>
    public event EventHandler<ContainerExitedEventArgs>? ContainerExited;

    /// <summary>How many sandboxes exist (ready or not).</summary>
    public int SandboxCount
    {
        get
        {
            lock (_lock)
            {
                return _sandboxes.Count;
            }
        }
    }

    public Task<VersionResponse> VersionAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new VersionResponse { RuntimeName = RuntimeName, RuntimeVersion = RuntimeVersion });

    public Task<RuntimeStatusResponse> StatusAsync(bool verbose = false, CancellationToken cancellationToken = default) =>
        Task.FromResult(new RuntimeStatusResponse
        {
            Conditions =
            [
                new RuntimeCondition { Type = RuntimeCondition.RuntimeReady, Status = true },
                new RuntimeCondition { Type = RuntimeCondition.NetworkReady, Status = true },
            ],
        });

    public Task UpdateRuntimeConfigAsync(RuntimeConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (string.IsNullOrEmpty(config.PodCidr))
        {
            return Task.CompletedTask;
        }

        Ipv4Cidr cidr;
        try
        {
            cidr = Ipv4Cidr.Parse(config.PodCidr);
        }
        catch (ArgumentException error)
        {
            throw RuntimeException.InvalidArgument(error.Message);
        }

        lock (_lock)
        {
            _podCidr = cidr;
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var container in _containers.Values)
            {
                container.ExitTimer?.Dispose();
            }

            _containers.Clear();
            _sandboxes.Clear();
        }
    }

    private static string NewId() => RandomNumberGenerator.GetHexString(64, lowercase: true);

    private static bool Matches(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> selector)
    {
        foreach (var (key, value) in selector)
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        return true;
    }
}

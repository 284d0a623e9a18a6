using KubeSharp.Api.Coordination.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Errors;

namespace KubeSharp.Client.LeaderElection;

/// <summary>
/// A leader-election lock kept in a coordination.k8s.io/v1 Lease (upstream's <c>resourcelock.LeaseLock</c>): the
/// record lives in the lease's spec, and every update is a PUT of the lease last read or written, so two candidates
/// racing for it cannot both win (the loser gets 409 Conflict).
/// </summary>
public sealed class LeaseLock : IResourceLock
{
    private readonly ResourceClient<Lease> _leases;
    private readonly string _namespace;
    private readonly string _name;
    private Lease? _lease;

    public LeaseLock(Kubernetes client, string @namespace, string name, string identity)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        ArgumentException.ThrowIfNullOrEmpty(name);
        _leases = client.Resource<Lease>().Namespace(@namespace);
        _namespace = @namespace;
        _name = name;
        Identity = identity;
    }

    public string Identity { get; }

    /// <summary>Called with the events upstream records on the lease ("became leader", "stopped leading").</summary>
    public Action<string>? OnEvent { get; init; }

    public async Task<(LeaderElectionRecord Record, string Raw)?> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            _lease = await _leases.GetAsync(_name, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (ApiErrors.IsNotFound(error))
        {
            return null;
        }

        var record = ToRecord(_lease.Spec);
        return (record, record.ToString());
    }

    public async Task CreateAsync(LeaderElectionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var lease = new Lease { Metadata = new ObjectMeta { Name = _name, Namespace = _namespace } };
        Apply(record, lease.Spec);
        _lease = await _leases.CreateAsync(lease, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task UpdateAsync(LeaderElectionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var lease = _lease ?? throw new InvalidOperationException("the lease must be read or created before it is updated");
        Apply(record, lease.Spec);
        _lease = await _leases.UpdateAsync(lease, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public void RecordEvent(string message) => OnEvent?.Invoke(Identity + " " + message);

    public string Describe() => _namespace + "/" + _name;

    private static LeaderElectionRecord ToRecord(LeaseSpec spec) => new()
    {
        HolderIdentity = spec.HolderIdentity ?? "",
        LeaseDurationSeconds = spec.LeaseDurationSeconds ?? 0,
        AcquireTime = spec.AcquireTime?.Value ?? default,
        RenewTime = spec.RenewTime?.Value ?? default,
        LeaderTransitions = spec.LeaseTransitions ?? 0,
    };

    private static void Apply(LeaderElectionRecord record, LeaseSpec spec)
    {
        spec.HolderIdentity = record.HolderIdentity;
        spec.LeaseDurationSeconds = record.LeaseDurationSeconds;
        spec.AcquireTime = new MicroTime(record.AcquireTime);
        spec.RenewTime = new MicroTime(record.RenewTime);
        spec.LeaseTransitions = record.LeaderTransitions;
    }
}

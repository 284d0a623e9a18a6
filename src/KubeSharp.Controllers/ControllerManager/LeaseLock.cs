using KubeSharp.Api.Coordination.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Client;
using KubeSharp.Client.Events;
using KubeSharp.Client.LeaderElection;
using KubeSharp.Machinery.Errors;

namespace KubeSharp.Controllers.ControllerManager;

/// <summary>
/// Upstream's <c>resourcelock.LeaseLock</c>: the leader election record lives in a coordination.k8s.io/v1 Lease
/// (<c>kube-system/kube-controller-manager</c>); updates carry the resourceVersion last read, so only one
/// candidate wins a race.
/// </summary>
public sealed class LeaseLock(Kubernetes client, string ns, string name, string identity, IEventRecorder? recorder = null) : IResourceLock
{
    private Lease? _lease;

    public string Identity { get; } = identity;

    public async Task<(LeaderElectionRecord Record, string Raw)?> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            _lease = await client.Resource<Lease>().Namespace(ns).GetAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (ApiErrors.IsNotFound(error))
        {
            return null;
        }

        return (ToRecord(_lease.Spec), KubeJson.Serialize(_lease.Spec));
    }

    public async Task CreateAsync(LeaderElectionRecord record, CancellationToken cancellationToken)
    {
        var lease = new Lease { Metadata = new ObjectMeta { Name = name, Namespace = ns }, Spec = ToSpec(record) };
        _lease = await client.Resource<Lease>().Namespace(ns).CreateAsync(lease, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task UpdateAsync(LeaderElectionRecord record, CancellationToken cancellationToken)
    {
        if (_lease is null)
        {
            throw new InvalidOperationException("lease not initialized, call get or create first");
        }

        var lease = ObjectCopy.DeepCopy(_lease);
        lease.Spec = ToSpec(record);
        _lease = await client.Resource<Lease>().Namespace(ns).UpdateAsync(lease, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public void RecordEvent(string message)
    {
        if (recorder is null)
        {
            return;
        }

        var subject = new Lease { Metadata = _lease?.Metadata ?? new ObjectMeta { Name = name, Namespace = ns } };
        recorder.Event(subject, EventTypes.Normal, "LeaderElection", Identity + " " + message);
    }

    public string Describe() => ns + "/" + name;

    private static LeaderElectionRecord ToRecord(LeaseSpec spec) => new()
    {
        HolderIdentity = spec.HolderIdentity ?? "",
        LeaseDurationSeconds = spec.LeaseDurationSeconds ?? 0,
        AcquireTime = spec.AcquireTime?.Value ?? default,
        RenewTime = spec.RenewTime?.Value ?? default,
        LeaderTransitions = spec.LeaseTransitions ?? 0,
    };

    private static LeaseSpec ToSpec(LeaderElectionRecord record) => new()
    {
        HolderIdentity = record.HolderIdentity,
        LeaseDurationSeconds = record.LeaseDurationSeconds,
        AcquireTime = new MicroTime(record.AcquireTime),
        RenewTime = new MicroTime(record.RenewTime),
        LeaseTransitions = record.LeaderTransitions,
    };
}

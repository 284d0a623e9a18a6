using KubeSharp.Api.Coordination.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client;
using KubeSharp.Machinery.Errors;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Kubelet.Nodelease;

/// <summary>
/// Keeps this node's Lease in kube-node-lease fresh, as upstream's pkg/kubelet/nodelease controller: named after the
/// node, held by it, owned by the Node (so it goes with it), renewed every <see cref="KubeletOptions.LeaseRenewInterval"/>
/// with an update built from the last lease written; a get only after a conflict.
/// </summary>
public sealed partial class NodeLeaseController
{
    public const string LeaseNamespace = "kube-node-lease";

    private readonly ResourceClient<Lease> _leases;
    private readonly KubeletOptions _options;
    private readonly Func<string?> _nodeUid;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Lease? _lease;

    /// <param name="nodeUid">The registered Node's UID, for the owner reference (null until registered).</param>
    public NodeLeaseController(Kubernetes client, KubeletOptions options, Func<string?> nodeUid, TimeProvider time, ILogger logger)
    {
        _leases = client.Resource<Lease>().Namespace(LeaseNamespace);
        _options = options;
        _nodeUid = nodeUid;
        _time = time;
        _logger = logger;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.LeaseRenewInterval, _time);
        do
        {
            await RenewAsync(cancellationToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Creates or renews the lease; failures are logged and retried next interval.</summary>
    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            _lease = await TryRenewAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is ApiException or HttpRequestException)
        {
            LogRenewFailed(_options.NodeName, error.Message);
        }
    }

    private async Task<Lease> TryRenewAsync(CancellationToken cancellationToken)
    {
        var lease = _lease;
        if (lease is null)
        {
            try
            {
                return await _leases.CreateAsync(Renew(NewLease()), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException error) when (ApiErrors.IsAlreadyExists(error))
            {
                lease = await _leases.GetAsync(_options.NodeName, cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            return await _leases.UpdateAsync(Renew(lease), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (ApiErrors.IsConflict(error))
        {
            var fresh = await _leases.GetAsync(_options.NodeName, cancellationToken).ConfigureAwait(false);
            return await _leases.UpdateAsync(Renew(fresh), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (ApiErrors.IsNotFound(error))
        {
            return await _leases.CreateAsync(Renew(NewLease()), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private Lease NewLease() => new() { Metadata = new ObjectMeta { Name = _options.NodeName, Namespace = LeaseNamespace } };

    private Lease Renew(Lease lease)
    {
        lease.Spec.HolderIdentity = _options.NodeName;
        lease.Spec.LeaseDurationSeconds = (int)_options.LeaseDuration.TotalSeconds;
        lease.Spec.RenewTime = MicroTime.Now(_time);

        // upstream's setNodeOwnerFunc: the garbage collector removes the lease with its Node.
        if (_nodeUid() is { } uid && (lease.Metadata.OwnerReferences is not { Count: > 0 } owners || owners.TrueForAll(o => o.Uid != uid)))
        {
            lease.Metadata.OwnerReferences = [new OwnerReference { ApiVersion = "v1", Kind = "Node", Name = _options.NodeName, Uid = uid }];
        }

        return lease;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to renew the lease of node {Node}: {Error}")]
    private partial void LogRenewFailed(string node, string error);
}

using KubeSharp.Api.Coordination.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client;
using KubeSharp.Machinery.Errors;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>
/// Keeps every simulated node's Lease in kube-node-lease fresh, as upstream's pkg/kubelet/nodelease controller
/// does for one node: the lease is named after the node, held by it, owned by the Node object, and its renewTime
/// is bumped every renew interval with an update built from the last lease written (a get only after a conflict).
/// Renewals are staggered across the interval (<see cref="StaggeredLoop"/>).
/// </summary>
internal sealed partial class NodeLeaseController
{
    /// <summary>The namespace node leases live in.</summary>
    public const string LeaseNamespace = "kube-node-lease";

    private readonly ResourceClient<Lease> _leases;
    private readonly SimulatedNodeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public NodeLeaseController(Kubernetes client, SimulatedNodeOptions options, TimeProvider time, ILogger logger)
    {
        _leases = client.Resource<Lease>().Namespace(LeaseNamespace);
        _options = options;
        _time = time;
        _logger = logger;
    }

    public Task RunAsync(IReadOnlyList<SimulatedNode> nodes, CancellationToken cancellationToken) =>
        StaggeredLoop.RunAsync(nodes, _options.LeaseRenewInterval, _options.MaxConcurrentWrites, RenewAsync, _time, cancellationToken);

    /// <summary>Creates or renews <paramref name="node"/>'s lease; failures are logged and retried next interval.</summary>
    public async Task RenewAsync(SimulatedNode node, CancellationToken cancellationToken)
    {
        try
        {
            node.Lease = await TryRenewAsync(node, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is ApiException or HttpRequestException)
        {
            LogRenewFailed(node.Name, error.Message);
        }
    }

    private async Task<Lease> TryRenewAsync(SimulatedNode node, CancellationToken cancellationToken)
    {
        var lease = node.Lease;
        if (lease is null)
        {
            // No copy yet (a node just registered): create it, which is what a new node needs; a lease left by an
            // earlier run answers AlreadyExists, and then we renew that one.
            try
            {
                return await _leases.CreateAsync(NewLease(node), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException error) when (ApiErrors.IsAlreadyExists(error))
            {
                lease = await _leases.GetAsync(node.Name, cancellationToken).ConfigureAwait(false);
            }
        }

        Renew(node, lease);
        try
        {
            return await _leases.UpdateAsync(lease, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (ApiErrors.IsConflict(error))
        {
            // Someone else wrote it (or our copy is stale): start again from the server's, as upstream does.
            var fresh = await _leases.GetAsync(node.Name, cancellationToken).ConfigureAwait(false);
            Renew(node, fresh);
            return await _leases.UpdateAsync(fresh, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (ApiErrors.IsNotFound(error))
        {
            return await _leases.CreateAsync(NewLease(node), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private Lease NewLease(SimulatedNode node)
    {
        var lease = new Lease
        {
            Metadata = new ObjectMeta { Name = node.Name, Namespace = LeaseNamespace },
        };
        Renew(node, lease);
        return lease;
    }

    private void Renew(SimulatedNode node, Lease lease)
    {
        lease.Spec.HolderIdentity = node.Name;
        lease.Spec.LeaseDurationSeconds = (int)_options.LeaseDuration.TotalSeconds;
        lease.Spec.RenewTime = MicroTime.Now(_time);

        // Owned by the Node, so the garbage collector removes the lease with its node (upstream's setNodeOwnerFunc).
        if (node.Uid is { } uid && (lease.Metadata.OwnerReferences is not { Count: > 0 } owners || owners.TrueForAll(o => o.Uid != uid)))
        {
            lease.Metadata.OwnerReferences =
            [
                new OwnerReference { ApiVersion = "v1", Kind = "Node", Name = node.Name, Uid = uid },
            ];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to renew the lease of simulated node {Node}: {Error}")]
    private partial void LogRenewFailed(string node, string error);
}

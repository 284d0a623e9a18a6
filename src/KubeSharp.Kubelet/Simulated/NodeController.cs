using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Client;
using KubeSharp.Client.Informers;
using KubeSharp.Client.Rest;
using KubeSharp.Machinery.Errors;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>
/// Registers the simulated nodes and keeps their status fresh, as upstream's kubelet does for its one node
/// (registerWithAPIServer and updateNodeStatus in pkg/kubelet/kubelet_node_status.go): every
/// <see cref="SimulatedNodeOptions.NodeStatusUpdateFrequency"/> the status is computed and compared with what the
/// API server holds (read from the shared node informer, not fetched); it is written when it differs, or when
/// <see cref="SimulatedNodeOptions.NodeStatusReportFrequency"/> passed since the last write. Writes are merge patches
/// of the status subresource, so they never conflict with the node controller's taints or labels.
/// </summary>
internal sealed partial class NodeController
{
    private readonly ResourceClient<Node> _nodes;
    private readonly IIndexer<Node> _cache;
    private readonly SimulatedNodeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public NodeController(Kubernetes client, IIndexer<Node> cache, SimulatedNodeOptions options, TimeProvider time, ILogger logger)
    {
        _nodes = client.Resource<Node>();
        _cache = cache;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Creates the Node (or adopts the one that exists), passes its pod CIDR to the runtime and writes its status.</summary>
    public async Task RegisterAsync(SimulatedNode node, CancellationToken cancellationToken)
    {
        var desired = NodeBuilder.Build(_options, node, _time.GetUtcNow());
        Node registered;
        try
        {
            registered = await _nodes.CreateAsync(desired, cancellationToken: cancellationToken).ConfigureAwait(false);
            LogRegistered(node.Name);
        }
        catch (ApiException error) when (ApiErrors.IsAlreadyExists(error))
        {
            // A restarted server finds its nodes: adopt them, as the kubelet does when its Node already exists.
            registered = await _nodes.GetAsync(node.Name, cancellationToken).ConfigureAwait(false);
        }

        node.Uid = registered.Metadata.Uid;
        await node.Runtime.UpdateRuntimeConfigAsync(new Runtime.RuntimeConfig { PodCidr = registered.Spec.PodCIDR ?? node.PodCidr.ToString() }, cancellationToken).ConfigureAwait(false);

        // Creation may drop status (it does for most kinds); the first report sets it either way.
        await ReportAsync(node, NodeBuilder.Status(_options, node, _time.GetUtcNow(), registered.Status), cancellationToken).ConfigureAwait(false);
    }

    public Task RunAsync(IReadOnlyList<SimulatedNode> nodes, CancellationToken cancellationToken) =>
        StaggeredLoop.RunAsync(nodes, _options.NodeStatusUpdateFrequency, _options.MaxConcurrentWrites, UpdateStatusAsync, _time, cancellationToken);

    /// <summary>One status tick for one node; failures are logged and retried next tick.</summary>
    public async Task UpdateStatusAsync(SimulatedNode node, CancellationToken cancellationToken)
    {
        try
        {
            var cached = _cache.GetByKey(node.Name);
            if (cached is null)
            {
                // Not in the cache: the watch may lag, or the Node was deleted behind our back. Ask; if it is gone,
                // register again, as a kubelet whose Node vanished does.
                try
                {
                    cached = await _nodes.GetAsync(node.Name, cancellationToken).ConfigureAwait(false);
                }
                catch (ApiException error) when (ApiErrors.IsNotFound(error))
                {
                    node.Lease = null;
                    await RegisterAsync(node, cancellationToken).ConfigureAwait(false);
                    return;
                }
            }

            if (cached.Metadata.Uid != node.Uid)
            {
                // Replaced by someone else: the lease must name the new owner.
                node.Uid = cached.Metadata.Uid;
                node.Lease = null;
            }

            var now = _time.GetUtcNow();
            var desired = NodeBuilder.Status(_options, node, now, cached.Status);
            if (NodeBuilder.SameStatus(cached.Status, desired) && now - node.LastStatusReport < _options.NodeStatusReportFrequency)
            {
                return;
            }

            await ReportAsync(node, desired, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is ApiException or HttpRequestException)
        {
            LogStatusFailed(node.Name, error.Message);
        }
    }

    private async Task ReportAsync(SimulatedNode node, NodeStatus status, CancellationToken cancellationToken)
    {
        var patch = "{\"status\":" + KubeJson.Serialize(status) + "}";
        await _nodes.PatchAsync(node.Name, PatchType.Merge, patch, subresource: "status", cancellationToken: cancellationToken).ConfigureAwait(false);
        node.LastStatusReport = _time.GetUtcNow();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Registered simulated node {Node}")]
    private partial void LogRegistered(string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to update the status of simulated node {Node}: {Error}")]
    private partial void LogStatusFailed(string node, string error);
}

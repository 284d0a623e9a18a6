using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Client.Rest;
using KubeSharp.Kubelet.Nodestatus;
using KubeSharp.Machinery.Errors;
using KubeSharp.Runtime;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Kubelet;

public sealed partial class Kubelet
{
    /// <summary>
    /// upstream's registerWithAPIServer: create the Node; if it exists, adopt it (the kubelet restarted) and make
    /// sure its pod CIDR is set. Then write the first status (creation drops status), retrying until it works.
    /// </summary>
    private async Task RegisterNodeAsync(CancellationToken cancellationToken)
    {
        var nodes = _client.Resource<Node>();
        var inputs = await StatusInputsAsync(cancellationToken).ConfigureAwait(false);
        Node registered;
        try
        {
            registered = await nodes.CreateAsync(NodeStatusBuilder.Build(_options, inputs), cancellationToken: cancellationToken).ConfigureAwait(false);
            LogRegistered(_options.NodeName);
        }
        catch (ApiException error) when (ApiErrors.IsAlreadyExists(error))
        {
            registered = await nodes.GetAsync(_options.NodeName, cancellationToken).ConfigureAwait(false);
            LogAdopted(_options.NodeName);
        }

        _nodeUid = registered.Metadata.Uid;
        await ReportNodeStatusAsync(NodeStatusBuilder.Status(_options, inputs, registered.Status), cancellationToken).ConfigureAwait(false);
    }

    private async Task NodeStatusLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.NodeStatusUpdateFrequency, _time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await UpdateNodeStatusAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is ApiException or HttpRequestException or RuntimeException)
            {
                LogNodeStatusFailed(_options.NodeName, error.Message);
            }
        }
    }

    /// <summary>
    /// One tick of upstream's updateNodeStatus: compute the status, write it when it changed or when the report
    /// frequency has passed. A Node deleted behind our back is registered again.
    /// </summary>
    internal async Task UpdateNodeStatusAsync(CancellationToken cancellationToken)
    {
        Node current;
        try
        {
            current = await _client.Resource<Node>().GetAsync(_options.NodeName, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (ApiErrors.IsNotFound(error))
        {
            await RegisterNodeAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        _nodeUid = current.Metadata.Uid;
        var inputs = await StatusInputsAsync(cancellationToken).ConfigureAwait(false);
        var desired = NodeStatusBuilder.Status(_options, inputs, current.Status);
        if (NodeStatusBuilder.SameStatus(current.Status, desired) && inputs.Now - _lastStatusReport < _options.NodeStatusReportFrequency)
        {
            return;
        }

        await ReportNodeStatusAsync(desired, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReportNodeStatusAsync(NodeStatus status, CancellationToken cancellationToken)
    {
        var patch = "{\"status\":" + KubeJson.Serialize(status) + "}";
        await _client.Resource<Node>().PatchAsync(_options.NodeName, PatchType.Merge, patch, subresource: "status", cancellationToken: cancellationToken).ConfigureAwait(false);
        _lastStatusReport = _time.GetUtcNow();
    }

    private async Task<NodeStatusInputs> StatusInputsAsync(CancellationToken cancellationToken)
    {
        var version = await Runtime.VersionAsync(cancellationToken).ConfigureAwait(false);
        var status = await Runtime.StatusAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        List<string> errors = [];
        foreach (var condition in status.Conditions)
        {
            if (!condition.Status)
            {
                // upstream's runtimeState: "container runtime is down" / "container runtime network not ready".
                errors.Add(condition.Type == RuntimeCondition.NetworkReady
                    ? $"container runtime network not ready: {condition.Type}=false reason:{condition.Reason} message:{condition.Message}"
                    : $"container runtime is down: {condition.Reason} {condition.Message}".TrimEnd());
            }
        }

        return new NodeStatusInputs
        {
            Machine = _machine!,
            NodeIP = _nodeIP,
            RuntimeVersion = version.RuntimeName + "://" + version.RuntimeVersion,
            RuntimeErrors = errors,
            Images = await Runtime.ListImagesAsync(cancellationToken: cancellationToken).ConfigureAwait(false),
            Now = _time.GetUtcNow(),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered node {Node}")]
    private partial void LogRegistered(string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} was already registered; adopting it")]
    private partial void LogAdopted(string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to update the status of node {Node}: {Error}")]
    private partial void LogNodeStatusFailed(string node, string error);
}

using Microsoft.Extensions.Logging;

namespace KubeSharp.Scheduler;

public sealed partial class Scheduler
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Successfully bound pod {Namespace}/{Name} to node {Node}, evaluated {Evaluated} nodes, {Feasible} feasible")]
    private partial void LogBound(string? @namespace, string? name, string node, int evaluated, int feasible);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unable to schedule pod {Namespace}/{Name}; waiting: {Message}")]
    private partial void LogUnschedulable(string? @namespace, string? name, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Error scheduling pod {Namespace}/{Name}, retrying: {Message}")]
    private partial void LogSchedulingError(string? @namespace, string? name, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to update status of pod {Namespace}/{Name}")]
    private partial void LogStatusUpdateFailed(Exception error, string? @namespace, string? name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduling loop failed on pod {Namespace}/{Name}")]
    private partial void LogLoopError(Exception error, string? @namespace, string? name);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipping pod {Namespace}/{Name}: it is being deleted or already assumed")]
    private partial void LogSkipPod(string? @namespace, string? name);
}

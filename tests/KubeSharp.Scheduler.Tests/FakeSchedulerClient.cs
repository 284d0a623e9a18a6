using System.Collections.Concurrent;
using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Tests;

/// <summary>Records the scheduler's API writes; a bind can be made to fail.</summary>
internal sealed class FakeSchedulerClient : ISchedulerClient
{
    public ConcurrentDictionary<string, string> Bindings { get; } = new();

    public ConcurrentQueue<(string Pod, string Type, string Reason, string Message)> Events { get; } = new();

    public ConcurrentQueue<(string Pod, PodCondition? Condition, NominatingInfo? Nominating)> StatusUpdates { get; } = new();

    public ConcurrentQueue<string> Deleted { get; } = new();

    public Func<Pod, string, Exception?>? BindError { get; set; }

    public Task BindAsync(Pod pod, string nodeName, CancellationToken cancellationToken)
    {
        if (BindError?.Invoke(pod, nodeName) is { } error)
        {
            return Task.FromException(error);
        }

        Bindings[$"{pod.Metadata.Namespace}/{pod.Metadata.Name}"] = nodeName;
        return Task.CompletedTask;
    }

    public Task UpdatePodStatusAsync(Pod pod, PodCondition? condition, NominatingInfo? nominatingInfo, CancellationToken cancellationToken)
    {
        StatusUpdates.Enqueue(($"{pod.Metadata.Namespace}/{pod.Metadata.Name}", condition, nominatingInfo));
        return Task.CompletedTask;
    }

    public Task DeletePodAsync(Pod pod, CancellationToken cancellationToken)
    {
        Deleted.Enqueue($"{pod.Metadata.Namespace}/{pod.Metadata.Name}");
        return Task.CompletedTask;
    }

    public void Event(Pod pod, string type, string reason, string action, string message) =>
        Events.Enqueue(($"{pod.Metadata.Namespace}/{pod.Metadata.Name}", type, reason, message));
}

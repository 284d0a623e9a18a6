using System.Text;
using System.Text.Json;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client;
using KubeSharp.Client.Events;
using KubeSharp.Client.Rest;
using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.App;

/// <summary>
/// The scheduler's API writes over the KubeSharp client, as upstream's scheduler makes them: a Binding POSTed
/// to pods/binding, a strategic merge patch of pods/status (condition and nominatedNodeName), a delete with a
/// UID precondition for preemption victims, and events through the event recorder.
/// </summary>
public sealed class KubeSchedulerClient : ISchedulerClient
{
    private readonly Kubernetes _client;
    private readonly IEventRecorder _recorder;

    public KubeSchedulerClient(Kubernetes client, IEventRecorder recorder)
    {
        _client = client;
        _recorder = recorder;
    }

    public async Task BindAsync(Pod pod, string nodeName, CancellationToken cancellationToken)
    {
        var binding = new Binding
        {
            Metadata = new ObjectMeta { Name = pod.Metadata.Name, Namespace = pod.Metadata.Namespace, Uid = pod.Metadata.Uid },
            Target = new ObjectReference { Kind = "Node", Name = nodeName },
        };
        await _client.Resource<Pod>().Namespace(pod.Metadata.Namespace ?? "default")
            .CreateSubresourceAsync<Binding, Api.Meta.V1.Status>(pod.Metadata.Name ?? "", "binding", binding, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task UpdatePodStatusAsync(Pod pod, PodCondition? condition, NominatingInfo? nominatingInfo, CancellationToken cancellationToken)
    {
        var patch = StatusPatch(condition, nominatingInfo);
        await _client.Resource<Pod>().Namespace(pod.Metadata.Namespace ?? "default")
            .PatchAsync(pod.Metadata.Name ?? "", PatchType.StrategicMerge, patch, subresource: "status", cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task DeletePodAsync(Pod pod, CancellationToken cancellationToken)
    {
        var options = new DeleteOptions { Preconditions = new Preconditions { Uid = pod.Metadata.Uid } };
        await _client.Resource<Pod>().Namespace(pod.Metadata.Namespace ?? "default")
            .DeleteAsync(pod.Metadata.Name ?? "", options, cancellationToken)
            .ConfigureAwait(false);
    }

    public void Event(Pod pod, string type, string reason, string action, string message) =>
        _recorder.Event(pod, type, reason, message);

    /// <summary>
    /// The status patch upstream's updatePod sends: the condition merged by type, and nominatedNodeName set
    /// (or null to clear it).
    /// </summary>
    internal static string StatusPatch(PodCondition? condition, NominatingInfo? nominatingInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("status");
            if (condition is not null)
            {
                writer.WriteStartArray("conditions");
                writer.WriteStartObject();
                writer.WriteString("type", condition.Type);
                writer.WriteString("status", condition.Status);
                if (condition.Reason is not null)
                {
                    writer.WriteString("reason", condition.Reason);
                }

                if (condition.Message is not null)
                {
                    writer.WriteString("message", condition.Message);
                }

                writer.WriteNull("lastProbeTime");
                if (condition.LastTransitionTime is { } time)
                {
                    writer.WriteString("lastTransitionTime", time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
                }

                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            if (nominatingInfo is { Mode: NominatingMode.Override })
            {
                if (nominatingInfo.NominatedNodeName.Length == 0)
                {
                    writer.WriteNull("nominatedNodeName");
                }
                else
                {
                    writer.WriteString("nominatedNodeName", nominatingInfo.NominatedNodeName);
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Scheduler.Queue;

/// <summary>Upstream's isPodUpdated: did anything but the status and bookkeeping metadata change?</summary>
internal static class PodComparison
{
    public static bool IsPodUpdated(Pod oldPod, Pod newPod) => Strip(oldPod) != Strip(newPod);

    private static string Strip(Pod pod)
    {
        var node = JsonNode.Parse(KubeJson.Serialize(pod))!.AsObject();
        node.Remove("status");
        if (node["metadata"] is JsonObject metadata)
        {
            metadata.Remove("resourceVersion");
            metadata.Remove("generation");
            metadata.Remove("managedFields");
        }

        return node.ToJsonString();
    }
}

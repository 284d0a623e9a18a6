using System.Globalization;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Registry.Generic;

namespace KubeSharp.ApiServer.Endpoints.Tables.Printers;

/// <summary>
/// Pods as upstream's printPod (pkg/printers/internalversion): READY counts ready containers (and started sidecars),
/// STATUS is the phase refined by the first failing or waiting init container (<c>Init:0/2</c>,
/// <c>Init:CrashLoopBackOff</c>), then by the last container's waiting or terminated reason
/// (<c>CrashLoopBackOff</c>, <c>Completed</c>, <c>ExitCode:1</c>), and <c>Terminating</c> once deleted;
/// RESTARTS carries the time of the last restart.
/// </summary>
public sealed class PodPrinter : ITableConvertor
{
    public static readonly PodPrinter Instance = new();

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        new("Name", "string", "name", PrinterColumns.NameDescription),
        new("Ready", "string", "", "The aggregate readiness state of this pod for accepting traffic."),
        new("Status", "string", "", "The aggregate status of the containers in this pod."),
        new("Restarts", "string", "", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
        new("Age", "string", "", PrinterColumns.AgeDescription),
        new("IP", "string", "", "The IP address assigned to the pod", 1),
        new("Node", "string", "", "The name of the node where the pod is running", 1),
        new("Nominated Node", "string", "", "The name of the node where the pod is nominated", 1),
        new("Readiness Gates", "string", "", "The readiness gates of the pod", 1),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var pod = obj;
        var status = pod["status"];
        var spec = pod["spec"];
        var restarts = 0L;
        var restartableRestarts = 0L;
        var total = JsonCells.Count(spec, "containers");
        var ready = 0;
        DateTimeOffset? lastRestart = null;
        DateTimeOffset? lastRestartableRestart = null;
        var reason = JsonCells.Str(status, "reason") is { Length: > 0 } podReason ? podReason : JsonCells.Str(status, "phase");
        foreach (var condition in JsonCells.Array(status, "conditions"))
        {
            if (JsonCells.Str(condition, "type") == "PodScheduled" && JsonCells.Str(condition, "reason") == "SchedulingGated")
            {
                reason = "SchedulingGated";
            }
        }

        var restartable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var init in JsonCells.Array(spec, "initContainers"))
        {
            if (JsonCells.Str(init, "restartPolicy") == "Always")
            {
                restartable.Add(JsonCells.Str(init, "name"));
                total++;
            }
        }

        var initializing = false;
        var initStatuses = JsonCells.Array(status, "initContainerStatuses");
        var initCount = JsonCells.Count(spec, "initContainers");
        for (var i = 0; i < initStatuses.Count; i++)
        {
            var container = initStatuses[i];
            var count = JsonCells.Int(container, "restartCount");
            restarts += count;
            var finished = Time(JsonCells.Str(container, "lastState", "terminated", "finishedAt"));
            lastRestart = Max(lastRestart, finished);
            var isRestartable = restartable.Contains(JsonCells.Str(container, "name"));
            if (isRestartable)
            {
                restartableRestarts += count;
                lastRestartableRestart = Max(lastRestartableRestart, finished);
            }

            var terminated = JsonCells.At(container, "state", "terminated");
            var waitingReason = JsonCells.Str(container, "state", "waiting", "reason");
            if (terminated is not null && JsonCells.Int(terminated, "exitCode") == 0)
            {
                continue;
            }

            if (isRestartable && JsonCells.BoolOrNull(container, "started") == true)
            {
                if (JsonCells.BoolOrNull(container, "ready") == true)
                {
                    ready++;
                }

                continue;
            }

            if (terminated is not null)
            {
                reason = JsonCells.Str(terminated, "reason") is { Length: > 0 } terminatedReason
                    ? "Init:" + terminatedReason
                    : JsonCells.Int(terminated, "signal") is var signal and not 0
                        ? Invariant($"Init:Signal:{signal}")
                        : Invariant($"Init:ExitCode:{JsonCells.Int(terminated, "exitCode")}");
            }
            else if (waitingReason.Length > 0 && waitingReason != "PodInitializing")
            {
                reason = "Init:" + waitingReason;
            }
            else
            {
                reason = Invariant($"Init:{i}/{initCount}");
            }

            initializing = true;
            break;
        }

        if (!initializing || ConditionTrue(status, "Initialized"))
        {
            restarts = restartableRestarts;
            lastRestart = lastRestartableRestart;
            var hasRunning = false;
            var statuses = JsonCells.Array(status, "containerStatuses");
            for (var i = statuses.Count - 1; i >= 0; i--)
            {
                var container = statuses[i];
                restarts += JsonCells.Int(container, "restartCount");
                lastRestart = Max(lastRestart, Time(JsonCells.Str(container, "lastState", "terminated", "finishedAt")));
                var terminated = JsonCells.At(container, "state", "terminated");
                if (JsonCells.Str(container, "state", "waiting", "reason") is { Length: > 0 } waiting)
                {
                    reason = waiting;
                }
                else if (terminated is not null && JsonCells.Str(terminated, "reason") is { Length: > 0 } terminatedReason)
                {
                    reason = terminatedReason;
                }
                else if (terminated is not null)
                {
                    reason = JsonCells.Int(terminated, "signal") is var signal and not 0
                        ? Invariant($"Signal:{signal}")
                        : Invariant($"ExitCode:{JsonCells.Int(terminated, "exitCode")}");
                }
                else if (JsonCells.BoolOrNull(container, "ready") == true && JsonCells.At(container, "state", "running") is not null)
                {
                    hasRunning = true;
                    ready++;
                }
            }

            if (reason == "Completed" && hasRunning)
            {
                reason = ConditionTrue(status, "Ready") ? "Running" : "NotReady";
            }
        }

        var phase = JsonCells.Str(status, "phase");
        if (ObjectMetadata.HasDeletionTimestamp(pod) && JsonCells.Str(status, "reason") == "NodeLost")
        {
            reason = "Unknown";
        }
        else if (ObjectMetadata.HasDeletionTimestamp(pod) && phase is not ("Succeeded" or "Failed"))
        {
            reason = "Terminating";
        }

        var restartsText = JsonCells.Number(restarts);
        if (restarts != 0 && lastRestart is { } last)
        {
            restartsText = Invariant($"{restarts} ({HumanDuration.Format(now - last)} ago)");
        }

        var ips = JsonCells.Array(status, "podIPs");
        var ip = ips.Count > 0 ? JsonCells.Str(ips[0], "ip") : JsonCells.Str(status, "podIP");
        var node = JsonCells.Str(spec, "nodeName");
        var nominated = JsonCells.Str(status, "nominatedNodeName");
        var gates = JsonCells.Array(spec, "readinessGates");
        var gatesText = "<none>";
        if (gates.Count > 0)
        {
            var trueGates = gates.Count(g => ConditionTrue(status, JsonCells.Str(g, "conditionType")));
            gatesText = Invariant($"{trueGates}/{gates.Count}");
        }

        return
        [
            ObjectMetadata.Name(pod),
            Invariant($"{ready}/{total}"),
            reason,
            restartsText,
            HumanDuration.Since(ObjectMetadata.GetString(pod, "creationTimestamp"), now),
            ip.Length > 0 ? ip : "<none>",
            node.Length > 0 ? node : "<none>",
            nominated.Length > 0 ? nominated : "<none>",
            gatesText,
        ];
    }

    private static bool ConditionTrue(JsonNode? status, string type) =>
        JsonCells.Array(status, "conditions").Any(c => JsonCells.Str(c, "type") == type && JsonCells.Str(c, "status") == "True");

    private static DateTimeOffset? Time(string text) =>
        text.Length > 0 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

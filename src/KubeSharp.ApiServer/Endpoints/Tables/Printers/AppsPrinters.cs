using System.Globalization;
using static KubeSharp.ApiServer.Endpoints.Tables.JsonCells;
using static KubeSharp.ApiServer.Endpoints.Tables.PrinterColumns;

namespace KubeSharp.ApiServer.Endpoints.Tables.Printers;

/// <summary>apps/v1 printers, with upstream's columns (pkg/printers/internalversion printDeployment, printReplicaSet, …).</summary>
public static class AppsPrinters
{
    public static readonly ITableConvertor Deployments = new ColumnTableConvertor(
    [
        Name,
        Column("Ready", "string", "Number of the pod with ready state", (d, _) => string.Create(CultureInfo.InvariantCulture, $"{Int(d, "status", "readyReplicas")}/{Int(d, "spec", "replicas")}")),
        Column("Up-to-date", "integer", "Total number of non-terminated pods targeted by this deployment that have the desired template spec.", (d, _) => Int(d, "status", "updatedReplicas")),
        Column("Available", "integer", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.", (d, _) => Int(d, "status", "availableReplicas")),
        Age,
        .. TemplateContainers("spec", "template", "spec"),
        Selector("spec", "selector"),
    ]);

    public static readonly ITableConvertor ReplicaSets = new ColumnTableConvertor(
    [
        Name,
        Column("Desired", "integer", "Replicas is the number of desired replicas.", (r, _) => Int(r, "spec", "replicas")),
        Column("Current", "integer", "Replicas is the most recently observed number of replicas.", (r, _) => Int(r, "status", "replicas")),
        Column("Ready", "integer", "The number of ready replicas for this replica set.", (r, _) => Int(r, "status", "readyReplicas")),
        Age,
        .. TemplateContainers("spec", "template", "spec"),
        Selector("spec", "selector"),
    ]);

    public static readonly ITableConvertor StatefulSets = new ColumnTableConvertor(
    [
        Name,
        Column("Ready", "string", "Number of the pod with ready state", (s, _) => string.Create(CultureInfo.InvariantCulture, $"{Int(s, "status", "readyReplicas")}/{Int(s, "spec", "replicas")}")),
        Age,
        .. TemplateContainers("spec", "template", "spec"),
    ]);

    public static readonly ITableConvertor DaemonSets = new ColumnTableConvertor(
    [
        Name,
        Column("Desired", "integer", "The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod).", (d, _) => Int(d, "status", "desiredNumberScheduled")),
        Column("Current", "integer", "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.", (d, _) => Int(d, "status", "currentNumberScheduled")),
        Column("Ready", "integer", "numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition.", (d, _) => Int(d, "status", "numberReady")),
        Column("Up-to-date", "integer", "The total number of nodes that are running updated daemon pod", (d, _) => Int(d, "status", "updatedNumberScheduled")),
        Column("Available", "integer", "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)", (d, _) => Int(d, "status", "numberAvailable")),
        Column("Node Selector", "string", "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node.", (d, _) => FormatLabels(At(d, "spec", "template", "spec", "nodeSelector"))),
        Age,
        .. TemplateContainers("spec", "template", "spec"),
        Selector("spec", "selector"),
    ]);
}

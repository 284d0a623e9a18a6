using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Registry.Generic;

namespace KubeSharp.ApiServer.Endpoints.Tables;

/// <summary>The columns most printers share: Name first, Age, and the wide Containers, Images and Selector.</summary>
public static class PrinterColumns
{
    public const string NameDescription = "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names";

    public const string AgeDescription = "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";

    public static (TableColumn, Func<JsonObject, DateTimeOffset, object?>) Name { get; } =
        (new TableColumn("Name", "string", "name", NameDescription), (obj, _) => ObjectMetadata.Name(obj));

    public static (TableColumn, Func<JsonObject, DateTimeOffset, object?>) Age { get; } =
        (new TableColumn("Age", "string", "", AgeDescription), (obj, now) => HumanDuration.Since(ObjectMetadata.GetString(obj, "creationTimestamp"), now));

    public static (TableColumn, Func<JsonObject, DateTimeOffset, object?>) Column(string name, string type, string description, Func<JsonObject, DateTimeOffset, object?> cell, int priority = 0) =>
        (new TableColumn(name, type, "", description, priority), cell);

    /// <summary>Containers and Images (wide) of the pod template at <c>spec.template.spec</c>.</summary>
    public static (TableColumn, Func<JsonObject, DateTimeOffset, object?>)[] TemplateContainers(params string[] podSpecPath) =>
    [
        Column("Containers", "string", "Names of each container in the template.", (obj, _) => JsonCells.Containers(JsonCells.At(obj, podSpecPath)).Names, 1),
        Column("Images", "string", "Images referenced by each container in the template.", (obj, _) => JsonCells.Containers(JsonCells.At(obj, podSpecPath)).Images, 1),
    ];

    /// <summary>Selector (wide), a metav1.LabelSelector at <paramref name="selectorPath"/>.</summary>
    public static (TableColumn, Func<JsonObject, DateTimeOffset, object?>) Selector(params string[] selectorPath) =>
        Column("Selector", "string", "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.", (obj, _) => JsonCells.FormatSelector(JsonCells.At(obj, selectorPath)), 1);
}

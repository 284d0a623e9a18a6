using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Registry.Generic;

namespace KubeSharp.ApiServer.Endpoints.Tables;

/// <summary>
/// The columns upstream gives kinds without their own printer (<c>rest.NewDefaultTableConvertor</c>): Name and
/// Created At (RFC 3339).
/// </summary>
public sealed class DefaultTableConvertor : ITableConvertor
{
    public static readonly DefaultTableConvertor Instance = new();

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        new("Name", "string", "name", "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names"),
        new("Created At", "date", "", "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now) =>
        [ObjectMetadata.Name(obj), ObjectMetadata.GetString(obj, "creationTimestamp")];
}

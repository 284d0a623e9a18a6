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
        new("Name", "string", "name", PrinterColumns.NameDescription),
        new("Created At", "date", "", PrinterColumns.AgeDescription),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now) =>
        [ObjectMetadata.Name(obj), ObjectMetadata.GetString(obj, "creationTimestamp")];
}

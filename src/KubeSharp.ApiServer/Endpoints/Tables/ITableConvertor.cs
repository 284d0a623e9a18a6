using System.Text.Json.Nodes;

namespace KubeSharp.ApiServer.Endpoints.Tables;

/// <summary>Turns objects into Table rows for one resource (upstream's <c>rest.TableConvertor</c> and its printers).</summary>
public interface ITableConvertor
{
    IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The cells of an object's row, one per column, already formatted for display.</summary>
    IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now);
}

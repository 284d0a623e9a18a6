using System.Text.Json.Nodes;

namespace KubeSharp.ApiServer.Endpoints.Tables;

/// <summary>A printer made of columns, each with the function that computes its cell (upstream's printer funcs, one per kind).</summary>
public sealed class ColumnTableConvertor : ITableConvertor
{
    private readonly Func<JsonObject, DateTimeOffset, object?>[] _cells;

    public ColumnTableConvertor(params (TableColumn Column, Func<JsonObject, DateTimeOffset, object?> Cell)[] columns)
    {
        Columns = [.. columns.Select(c => c.Column)];
        _cells = [.. columns.Select(c => c.Cell)];
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var cells = new object?[_cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = _cells[i](obj, now);
        }

        return cells;
    }
}

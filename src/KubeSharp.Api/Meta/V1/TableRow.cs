using System.Text.Json;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>One row of a <see cref="Table"/>: one cell per column, and the object (or its metadata) it shows.</summary>
public sealed class TableRow : KubeModel
{
    /// <summary>Strings, numbers, booleans, small maps or lists, or null.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<JsonElement> Cells { get; set; } = [];

    [ListType(ListTypeAttribute.Atomic)]
    public List<TableRowCondition>? Conditions { get; set; }

    /// <summary>The object, a PartialObjectMetadata, or nothing, as the request's includeObject asked.</summary>
    public JsonElement? Object { get; set; }
}

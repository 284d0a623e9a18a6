using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>
/// The tabular form of objects that kubectl get asks for (<c>Accept: application/json;as=Table;v=v1;g=meta.k8s.io</c>).
/// </summary>
[Kind("meta.k8s.io", "v1", "Table")]
public sealed class Table : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public ListMeta Metadata { get; set; } = new();

    /// <summary>
    /// Always written; null (written as null, as upstream's nil slice) in watch events after the first, where
    /// clients reuse the columns they saw last.
    /// </summary>
    [ListType(ListTypeAttribute.Atomic)]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public List<TableColumnDefinition>? ColumnDefinitions { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<TableRow> Rows { get; set; } = [];
}

namespace KubeSharp.Api.Meta.V1;

/// <summary>One column of a <see cref="Table"/>. Every field is always written.</summary>
public sealed class TableColumnDefinition : KubeModel
{
    public string Name { get; set; } = "";

    /// <summary>An OpenAPI type: string, integer, number, boolean, array.</summary>
    public string Type { get; set; } = "";

    /// <summary>An OpenAPI format; "name" marks the column with the object's name, "date" an age.</summary>
    public string Format { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>0 for columns always shown; higher ones appear only with -o wide.</summary>
    public int Priority { get; set; }
}

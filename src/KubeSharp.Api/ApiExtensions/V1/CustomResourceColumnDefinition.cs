namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>An extra column of server-side Table output.</summary>
public sealed class CustomResourceColumnDefinition : KubeModel
{
    public string Name { get; set; } = "";

    public string Type { get; set; } = "";

    public string? Format { get; set; }

    public string? Description { get; set; }

    public int? Priority { get; set; }

    public string JSONPath { get; set; } = "";
}

namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>A JSON path, evaluated on each custom resource, usable as a field selector.</summary>
public sealed class SelectableField : KubeModel
{
    public string JSONPath { get; set; } = "";
}

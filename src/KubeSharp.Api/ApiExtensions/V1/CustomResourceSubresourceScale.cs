namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>Enables the /scale subresource, mapping autoscaling/v1 Scale onto JSON paths of the custom resource.</summary>
public sealed class CustomResourceSubresourceScale : KubeModel
{
    public string SpecReplicasPath { get; set; } = "";

    public string StatusReplicasPath { get; set; } = "";

    public string? LabelSelectorPath { get; set; }
}

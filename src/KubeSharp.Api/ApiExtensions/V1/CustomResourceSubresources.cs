namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class CustomResourceSubresources : KubeModel
{
    public CustomResourceSubresourceStatus? Status { get; set; }

    public CustomResourceSubresourceScale? Scale { get; set; }
}

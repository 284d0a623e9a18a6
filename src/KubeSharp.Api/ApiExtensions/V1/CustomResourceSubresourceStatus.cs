namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>Enables the /status subresource; it has no fields.</summary>
public sealed class CustomResourceSubresourceStatus : KubeModel
{
}

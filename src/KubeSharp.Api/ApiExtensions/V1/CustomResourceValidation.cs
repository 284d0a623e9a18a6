namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class CustomResourceValidation : KubeModel
{
    public JSONSchemaProps? OpenAPIV3Schema { get; set; }
}

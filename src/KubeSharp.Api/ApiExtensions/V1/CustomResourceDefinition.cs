namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>Defines a custom resource the API server serves; its name is &lt;spec.names.plural&gt;.&lt;spec.group&gt;.</summary>
[Kind("apiextensions.k8s.io", "v1", "CustomResourceDefinition")]
public sealed class CustomResourceDefinition : KubeObject
{
    public CustomResourceDefinitionSpec Spec { get; set; } = new();

    public CustomResourceDefinitionStatus Status { get; set; } = new();
}

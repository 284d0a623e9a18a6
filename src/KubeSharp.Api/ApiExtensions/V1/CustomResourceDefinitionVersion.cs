using KubeSharp.Api.Fields;

namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class CustomResourceDefinitionVersion : KubeModel
{
    public string Name { get; set; } = "";

    public bool Served { get; set; }

    /// <summary>Exactly one version has storage set.</summary>
    public bool Storage { get; set; }

    public bool? Deprecated { get; set; }

    public string? DeprecationWarning { get; set; }

    public CustomResourceValidation? Schema { get; set; }

    public CustomResourceSubresources? Subresources { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<CustomResourceColumnDefinition>? AdditionalPrinterColumns { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<SelectableField>? SelectableFields { get; set; }
}

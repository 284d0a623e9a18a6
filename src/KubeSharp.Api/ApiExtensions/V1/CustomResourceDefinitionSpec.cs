using KubeSharp.Api.Fields;

namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class CustomResourceDefinitionSpec : KubeModel
{
    public string Group { get; set; } = "";

    public CustomResourceDefinitionNames Names { get; set; } = new();

    /// <summary>"Cluster" or "Namespaced"; see <see cref="ResourceScope"/>.</summary>
    public string Scope { get; set; } = "";

    /// <summary>Served versions; names order discovery (GA &gt; beta &gt; alpha, then by number).</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<CustomResourceDefinitionVersion> Versions { get; set; } = [];

    public CustomResourceConversion? Conversion { get; set; }

    /// <summary>Deprecated: prefer x-kubernetes-preserve-unknown-fields in the schema.</summary>
    public bool? PreserveUnknownFields { get; set; }
}

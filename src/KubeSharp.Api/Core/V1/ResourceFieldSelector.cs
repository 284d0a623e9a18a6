using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A container's resource limit or request, scaled by a divisor.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class ResourceFieldSelector : KubeModel
{
    /// <summary>Required for volumes, optional for environment variables.</summary>
    public string? ContainerName { get; set; }

    public string Resource { get; set; } = "";

    /// <summary>
    /// Defaults to 1. Upstream's field is a Quantity value, so it writes <c>"0"</c> when unset; here an unset divisor
    /// is omitted.
    /// </summary>
    public Quantity? Divisor { get; set; }
}

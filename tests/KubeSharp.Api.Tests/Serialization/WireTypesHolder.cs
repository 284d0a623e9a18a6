using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Tests.Serialization;

/// <summary>A type with every wire type as a property, nullable and not, as API types will use them.</summary>
public sealed class WireTypesHolder : KubeModel
{
    public Quantity? OptionalQuantity { get; set; }

    public Quantity Quantity { get; set; }

    public IntOrString? OptionalIntOrString { get; set; }

    public MicroTime? OptionalMicroTime { get; set; }

    public MicroTime MicroTime { get; set; }

    public Duration? OptionalDuration { get; set; }

    public Dictionary<string, Quantity>? Resources { get; set; }
}

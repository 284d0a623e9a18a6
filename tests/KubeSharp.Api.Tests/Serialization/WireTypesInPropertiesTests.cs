using System.Text.Json;

namespace KubeSharp.Api.Tests.Serialization;

public sealed class WireTypesInPropertiesTests
{
    [Fact]
    public void Deserialize_NullForNullableWireTypes_StaysNullAndIsOmitted()
    {
        const string Json = """{"optionalQuantity":null,"optionalIntOrString":null,"optionalMicroTime":null,"optionalDuration":null}""";

        var holder = JsonSerializer.Deserialize(Json, WireTestJsonContext.Default.WireTypesHolder)!;

        Assert.Null(holder.OptionalQuantity);
        Assert.Null(holder.OptionalIntOrString);
        Assert.Null(holder.OptionalMicroTime);
        Assert.Null(holder.OptionalDuration);
        Assert.Equal("""{"quantity":"0","microTime":null}""", JsonSerializer.Serialize(holder, WireTestJsonContext.Default.WireTypesHolder));
    }

    [Fact]
    public void RoundTrip_SetWireTypes_KeepsTheirText()
    {
        const string Json = """{"optionalQuantity":"250m","quantity":"1536Mi","optionalIntOrString":"http","optionalMicroTime":"2024-05-01T12:00:00.000001Z","microTime":"2024-05-01T12:00:00.500000Z","optionalDuration":"1m30s","resources":{"cpu":"2","memory":"1Gi"}}""";

        var holder = JsonSerializer.Deserialize(Json, WireTestJsonContext.Default.WireTypesHolder)!;

        Assert.Equal(Json, JsonSerializer.Serialize(holder, WireTestJsonContext.Default.WireTypesHolder));
    }

    [Fact]
    public void Deserialize_ResourceListWithNumbers_WritesStrings()
    {
        var holder = JsonSerializer.Deserialize("""{"resources":{"cpu":2,"memory":1.5}}""", WireTestJsonContext.Default.WireTypesHolder)!;

        Assert.Equal("""{"quantity":"0","microTime":null,"resources":{"cpu":"2","memory":"1500m"}}""", JsonSerializer.Serialize(holder, WireTestJsonContext.Default.WireTypesHolder));
    }
}

using System.Text.Json;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests;

/// <summary>Upstream's TestJSON (random quantities survive a JSON round trip) and TestJSONWhitespace.</summary>
public sealed class QuantityJsonTests
{
    [Theory]
    [InlineData("\" 1\"", "1")]
    [InlineData("\"1 \"", "1")]
    [InlineData("1", "1")]
    [InlineData(" 1", "1")]
    [InlineData("1 ", "1")]
    [InlineData("10", "10")]
    [InlineData("-1", "-1")]
    [InlineData(" -1", "-1")]
    [InlineData("1e3", "1e3")]
    [InlineData("0.25", "250m")]
    [InlineData("null", "0")]
    public void Deserialize_WhitespaceAndNumbers_AreAccepted(string json, string expected)
    {
        var quantity = JsonSerializer.Deserialize(json, KubeJson.TypeInfo<Quantity>());

        Assert.Equal(expected, quantity.ToString());
    }

    [Theory]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("\"\"")]
    [InlineData("\"1Qi\"")]
    public void Deserialize_NotAQuantity_IsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, KubeJson.TypeInfo<Quantity>()));
    }

    [Fact]
    public void RoundTrip_RandomQuantities_KeepValue()
    {
        // Shaped like upstream's fuzzer: binary values (often whole multiples of 1024^n), decimal values with a
        // few fraction digits, and small mantissas across many exponents.
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var quantity = RandomQuantity(random);

            var json = JsonSerializer.Serialize(quantity, KubeJson.TypeInfo<Quantity>());
            var back = JsonSerializer.Deserialize(json, KubeJson.TypeInfo<Quantity>());

            Assert.True(back.Cmp(quantity) == 0, $"{quantity} became {back} through {json}");
            Assert.Equal(json, JsonSerializer.Serialize(back, KubeJson.TypeInfo<Quantity>()));
        }
    }

    private static Quantity RandomQuantity(Random random)
    {
        var sign = random.Next(4) == 0 ? -1 : 1;
        return random.Next(4) switch
        {
            0 => Quantity.FromInt64(sign * random.NextInt64(long.MaxValue), QuantityFormat.BinarySI),
            1 => Quantity.FromInt64(sign * (random.NextInt64(1024) << (10 * random.Next(5))), QuantityFormat.BinarySI),
            2 => Quantity.FromScaled(sign * random.NextInt64(long.MaxValue), -random.Next(4))
                .WithFormat(random.Next(2) == 0 ? QuantityFormat.DecimalSI : QuantityFormat.DecimalExponent),
            _ => Quantity.FromScaled(sign * random.NextInt64(1000), random.Next(15) - 3)
                .WithFormat(random.Next(2) == 0 ? QuantityFormat.DecimalSI : QuantityFormat.DecimalExponent),
        };
    }
}

using System.Text.Json;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Serialization;

public sealed class WireTypeConverterTests
{
    [Theory]
    [InlineData("\"100m\"", "\"100m\"")]
    [InlineData("\"0.5\"", "\"500m\"")]
    [InlineData("2", "\"2\"")]
    [InlineData("1.5", "\"1500m\"")]
    [InlineData("\" 1Gi \"", "\"1Gi\"")]
    public void Quantity_RoundTrip_IsCanonicalString(string json, string expected)
    {
        var value = JsonSerializer.Deserialize(json, KubeJson.TypeInfo<Quantity>());

        Assert.Equal(expected, JsonSerializer.Serialize(value, KubeJson.TypeInfo<Quantity>()));
    }

    [Fact]
    public void Quantity_Malformed_IsJsonException()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"1.1.M\"", KubeJson.TypeInfo<Quantity>()));

        Assert.Contains("quantities must match the regular expression", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8080", "8080")]
    [InlineData("\"http\"", "\"http\"")]
    [InlineData("\"25%\"", "\"25%\"")]
    [InlineData("\"1\"", "\"1\"")]
    public void IntOrString_RoundTrip_KeepsFormGiven(string json, string expected)
    {
        var value = JsonSerializer.Deserialize(json, KubeJson.TypeInfo<IntOrString>());

        Assert.Equal(expected, JsonSerializer.Serialize(value, KubeJson.TypeInfo<IntOrString>()));
    }

    [Fact]
    public void IntOrString_NotInt32_IsJsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("1.5", KubeJson.TypeInfo<IntOrString>()));
    }

    [Theory]
    [InlineData("\"2024-05-01T12:00:00.123456Z\"", "\"2024-05-01T12:00:00.123456Z\"")]
    [InlineData("\"2024-05-01T14:00:00.000001+02:00\"", "\"2024-05-01T12:00:00.000001Z\"")]
    [InlineData("null", "null")]
    public void MicroTime_RoundTrip_IsUtcWithSixDigits(string json, string expected)
    {
        var value = JsonSerializer.Deserialize(json, KubeJson.TypeInfo<MicroTime>());

        Assert.Equal(expected, JsonSerializer.Serialize(value, KubeJson.TypeInfo<MicroTime>()));
    }

    [Theory]
    [InlineData("\"2024-05-01T12:00:00Z\"", "parsing time \"2024-05-01T12:00:00Z\" as \"2006-01-02T15:04:05.000000Z07:00\": cannot parse \"Z\" as \".000000\"")]
    [InlineData("\"2024-13-01T12:00:00.000000Z\"", "parsing time \"2024-13-01T12:00:00.000000Z\": month out of range")]
    public void MicroTime_NotRfc3339Micro_IsJsonExceptionWithGoMessage(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, KubeJson.TypeInfo<MicroTime>()));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("\"1h2m3s\"", "\"1h2m3s\"")]
    [InlineData("\"300s\"", "\"5m0s\"")]
    [InlineData("\"300ms\"", "\"300ms\"")]
    [InlineData("\"0\"", "\"0s\"")]
    [InlineData("\"-90m\"", "\"-1h30m0s\"")]
    public void Duration_RoundTrip_IsGoDurationString(string json, string expected)
    {
        var value = JsonSerializer.Deserialize(json, KubeJson.TypeInfo<Duration>());

        Assert.Equal(expected, JsonSerializer.Serialize(value, KubeJson.TypeInfo<Duration>()));
    }

    [Fact]
    public void Duration_BelowMillisecond_UsesMicroSign()
    {
        Assert.Equal("1.5\u00b5s", KubeJson.Deserialize<Duration>("\"1.5us\"").ToString());
    }

    [Theory]
    [InlineData("\"\"", "time: invalid duration \"\"")]
    [InlineData("\"5\"", "time: missing unit in duration \"5\"")]
    [InlineData("\"5d\"", "time: unknown unit \"d\" in duration \"5d\"")]
    public void Duration_Malformed_IsJsonExceptionWithGoMessage(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, KubeJson.TypeInfo<Duration>()));

        Assert.Equal(message, error.Message);
    }
}

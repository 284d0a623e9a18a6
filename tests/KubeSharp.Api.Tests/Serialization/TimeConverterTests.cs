using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Serialization;

public sealed class TimeConverterTests
{
    [Theory]
    [InlineData("2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T12:00:00.999Z", "2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T14:00:00+02:00", "2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T08:00:00-04:00", "2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T12:00:00.123456789Z", "2024-05-01T12:00:00Z")]
    [InlineData("2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00Z")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z")]
    public void Time_RoundTrip_IsUtcWithWholeSeconds(string input, string expected)
    {
        var meta = KubeJson.Deserialize<ObjectMeta>($$"""{"creationTimestamp":"{{input}}"}""")!;

        Assert.Equal($$"""{"creationTimestamp":"{{expected}}"}""", KubeJson.Serialize(meta));
    }

    [Fact]
    public void Time_NotAString_IsRejected()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => KubeJson.Deserialize<ObjectMeta>("""{"creationTimestamp":5}"""));
    }

    [Theory]
    [InlineData("2024-05-01T12:00:00", "parsing time \"2024-05-01T12:00:00\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"\" as \"Z07:00\"")]
    [InlineData("2024-05-01", "parsing time \"2024-05-01\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"\" as \"T\"")]
    [InlineData("May 1 2024", "parsing time \"May 1 2024\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"May 1 2024\" as \"2006\"")]
    [InlineData("2024-05-01 12:00:00Z", "parsing time \"2024-05-01 12:00:00Z\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \" 12:00:00Z\" as \"T\"")]
    [InlineData("2024-02-30T00:00:00Z", "parsing time \"2024-02-30T00:00:00Z\": day out of range")]
    [InlineData("2024-05-01T24:00:00Z", "parsing time \"2024-05-01T24:00:00Z\": hour out of range")]
    [InlineData("2024-05-01T12:00:00Zjunk", "parsing time \"2024-05-01T12:00:00Zjunk\": extra text: \"junk\"")]
    public void Time_NotRfc3339_IsRejectedWithGoMessage(string input, string message)
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => KubeJson.Deserialize<ObjectMeta>($$"""{"creationTimestamp":"{{input}}"}"""));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Time_EscapedString_IsUnescapedFirst()
    {
        var meta = KubeJson.Deserialize<ObjectMeta>("""{"creationTimestamp":"2024-05-01T12:00:00\u005A"}""")!;

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), meta.CreationTimestamp);
    }
}

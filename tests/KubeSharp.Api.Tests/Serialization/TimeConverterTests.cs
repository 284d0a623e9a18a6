using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Serialization;

public sealed class TimeConverterTests
{
    [Theory]
    [InlineData("2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T12:00:00.999Z", "2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T14:00:00+02:00", "2024-05-01T12:00:00Z")]
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
}

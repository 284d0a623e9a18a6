using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.ApiServer.Endpoints.Decoding;
using KubeSharp.ApiServer.Tests.Fixtures;

namespace KubeSharp.ApiServer.Tests.Endpoints.Decoding;

/// <summary>The seam protobuf bodies plug into: a decoder registered for a media type feeds the JSON create path.</summary>
public sealed class RequestBodyDecodersTests
{
    private const string ConfigMaps = "/api/v1/namespaces/default/configmaps";
    private const string TestMediaType = "application/x-kubesharp-test";

    [Fact]
    public async Task Create_RegisteredMediaType_DecodedThenStored()
    {
        await using var server = await TestApiServer.StartWithResourcesAsync(api => api.AddBodyDecoder(TestMediaType, new NameOnlyDecoder()));
        using var client = server.AdminClient();

        using var response = await client.PostAsync(ConfigMaps, Body("from-test-decoder", TestMediaType));
        using var stored = await client.GetAsync(ConfigMaps + "/from-test-decoder");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [Theory]
    [InlineData("application/x-unknown")]
    [InlineData("application/cbor")]
    public async Task Create_UnregisteredMediaType_Is415(string mediaType)
    {
        await using var server = await TestApiServer.StartWithResourcesAsync();
        using var client = server.AdminClient();

        using var response = await client.PostAsync(ConfigMaps, Body("x", mediaType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Create_DecoderRefusesBody_Is400()
    {
        await using var server = await TestApiServer.StartWithResourcesAsync(api => api.AddBodyDecoder(TestMediaType, new NameOnlyDecoder()));
        using var client = server.AdminClient();

        using var response = await client.PostAsync(ConfigMaps, Body("", TestMediaType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static ByteArrayContent Body(string text, string mediaType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    /// <summary>A stand-in wire format: the body is the object's name.</summary>
    private sealed class NameOnlyDecoder : IRequestBodyDecoder
    {
        public byte[] DecodeToJson(ReadOnlySpan<byte> body, ResourceMapping mapping) => body.IsEmpty
            ? throw StatusError.BadRequest("empty body")
            : Encoding.UTF8.GetBytes($$$"""{"apiVersion":"{{{mapping.Kind.ApiVersion}}}","kind":"{{{mapping.Kind.Kind}}}","metadata":{"name":"{{{Encoding.UTF8.GetString(body)}}}"}}""");
    }
}

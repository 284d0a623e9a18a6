using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Protobuf;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.ApiServer.Protobuf;

namespace KubeSharp.ApiServer.Tests.Protobuf;

public sealed class ProtobufBodyDecoderTests
{
    private static readonly ResourceMapping ConfigMaps = KubeScheme.Default.FindByType<ConfigMap>()!;

    [Fact]
    public void DecodeToJson_ConfigMapBody_IsItsJsonWithTypeMeta()
    {
        var configMap = new ConfigMap { Data = new() { ["a"] = "b" } };
        configMap.Metadata.Name = "demo";
        var body = KubeProtobuf.Encode(configMap, "v1", "ConfigMap");

        var json = JsonNode.Parse(new ProtobufBodyDecoder(KubeScheme.Default).DecodeToJson(body, ConfigMaps))!;

        Assert.Equal("ConfigMap", json["kind"]!.GetValue<string>());
        Assert.Equal("v1", json["apiVersion"]!.GetValue<string>());
        Assert.Equal("demo", json["metadata"]!["name"]!.GetValue<string>());
        Assert.Equal("b", json["data"]!["a"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(new byte[] { 0x7b, 0x7d })]
    [InlineData(new byte[] { 0x6b, 0x38, 0x73, 0x00, 0x0a, 0x09 })]
    public void DecodeToJson_MalformedBody_IsBadRequest(byte[] body)
    {
        var error = Assert.Throws<StatusError>(() => new ProtobufBodyDecoder(KubeScheme.Default).DecodeToJson(body, ConfigMaps));

        Assert.Equal(400, error.Code);
        Assert.StartsWith("the body of the request was in an unknown format - ", error.Message, StringComparison.Ordinal);
    }
}

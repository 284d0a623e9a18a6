using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Authentication.V1;
using KubeSharp.Api.Authorization.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Protobuf;
using KubeSharp.Api.Scheme;
using KubeSharp.Api.Serialization;
using GroupVersionKind = KubeSharp.Api.Scheme.GroupVersionKind;

namespace KubeSharp.Api.Tests.Protobuf;

/// <summary>
/// Protobuf bodies exactly as kubectl 1.32 sent them (Captures/*.pb, recorded from <c>kubectl create …</c> against a
/// loopback listener) decode to the same object as the JSON the same command prints with
/// <c>--dry-run=client -o json</c> (Captures/*.json).
/// </summary>
public sealed class KubeProtobufTests
{
    private static string Captures => Path.Combine(AppContext.BaseDirectory, "Protobuf", "Captures");

    public static TheoryData<string> CapturesWithJson()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Captures, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CapturesWithJson))]
    public void Decode_KubectlBody_MatchesItsDryRunJson(string name)
    {
        var body = File.ReadAllBytes(Path.Combine(Captures, name + ".pb"));
        var expectedJson = File.ReadAllText(Path.Combine(Captures, name + ".json"));

        var decoded = KubeProtobuf.Decode(body, KubeScheme.Default);

        var type = decoded.Object.GetType();
        var typeInfo = KubeJson.Options.GetTypeInfo(type);
        var expected = JsonSerializer.Deserialize(expectedJson, typeInfo)!;
        Assert.Equal(JsonSerializer.Serialize(expected, typeInfo), JsonSerializer.Serialize(decoded.Object, typeInfo));
        Assert.Empty(UnknownFields.Find(decoded.Object));
    }

    [Fact]
    public void Decode_CreateToken_IsTokenRequest()
    {
        var decoded = KubeProtobuf.Decode(File.ReadAllBytes(Path.Combine(Captures, "token.pb")), KubeScheme.Default);

        var request = Assert.IsType<TokenRequest>(decoded.Object);
        Assert.Equal(["api"], request.Spec.Audiences);
        Assert.Equal(600, request.Spec.ExpirationSeconds);
        Assert.Equal(new GroupVersionKind("authentication.k8s.io", "v1", "TokenRequest"), decoded.Kind);
    }

    [Fact]
    public void Decode_AuthCanI_IsSelfSubjectAccessReview()
    {
        var decoded = KubeProtobuf.Decode(File.ReadAllBytes(Path.Combine(Captures, "cani.pb")), KubeScheme.Default);

        var review = Assert.IsType<SelfSubjectAccessReview>(decoded.Object);
        Assert.Equal(("default", "get", "pods"), (review.Spec.ResourceAttributes!.Namespace, review.Spec.ResourceAttributes.Verb, review.Spec.ResourceAttributes.Resource));
        Assert.Equal("authorization.k8s.io/v1", review.ApiVersion);
    }

    [Fact]
    public void Decode_AuthWhoami_IsSelfSubjectReview()
    {
        var decoded = KubeProtobuf.Decode(File.ReadAllBytes(Path.Combine(Captures, "whoami.pb")), KubeScheme.Default);

        Assert.IsType<SelfSubjectReview>(decoded.Object);
    }

    [Fact]
    public void ToJson_Deployment_WritesReplicasZero()
    {
        var json = JsonNode.Parse(KubeProtobuf.ToJson(File.ReadAllBytes(Path.Combine(Captures, "deployment-zero.pb")), KubeScheme.Default))!;

        Assert.Equal(0, json["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal("Deployment", json["kind"]!.GetValue<string>());
    }

    [Fact]
    public void Decode_DeleteOptions_UsesTheFallbackType()
    {
        var options = new DeleteOptions { GracePeriodSeconds = 0, PropagationPolicy = "Foreground", DryRun = ["All"] };
        var body = KubeProtobuf.Encode(options, "v1", "DeleteOptions");

        var decoded = Assert.IsType<DeleteOptions>(KubeProtobuf.Decode(body, KubeScheme.Default, typeof(DeleteOptions)).Object);

        Assert.Equal(0, decoded.GracePeriodSeconds);
        Assert.Equal("Foreground", decoded.PropagationPolicy);
        Assert.Equal(["All"], decoded.DryRun);
    }

    [Theory]
    [InlineData(new byte[] { 0x6b, 0x38, 0x73 }, "magic")]
    [InlineData(new byte[] { 0x7b, 0x7d }, "magic")]
    [InlineData(new byte[] { 0x6b, 0x38, 0x73, 0x00 }, "apiVersion and kind")]
    [InlineData(new byte[] { 0x6b, 0x38, 0x73, 0x00, 0x0a, 0x05, 0x0a, 0x02 }, "end of data")]
    [InlineData(new byte[] { 0x6b, 0x38, 0x73, 0x00, 0x0a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff }, "varint")]
    public void Decode_MalformedEnvelope_IsProtobufDecodeException(byte[] body, string message)
    {
        var error = Assert.Throws<ProtobufDecodeException>(() => KubeProtobuf.Decode(body, KubeScheme.Default));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnknownKind_IsProtobufDecodeException()
    {
        var body = KubeProtobuf.Encode(new ConfigMap(), "example.com/v1", "Widget");

        var error = Assert.Throws<ProtobufDecodeException>(() => KubeProtobuf.Decode(body, KubeScheme.Default));

        Assert.Contains("Widget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_KindWithoutFieldTable_SaysSo()
    {
        var body = KubeProtobuf.Encode(new ConfigMap(), "apps/v1", "StatefulSet");

        var error = Assert.Throws<ProtobufDecodeException>(() => KubeProtobuf.Decode(body, KubeScheme.Default));

        Assert.Contains("StatefulSet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WrongWireType_NamesTheFieldPath()
    {
        // ConfigMap with metadata (field 1) whose name (field 1) is sent as a varint.
        byte[] raw = [0x0a, 0x02, 0x08, 0x01];
        var body = Envelope("v1", "ConfigMap", raw);

        var error = Assert.Throws<ProtobufDecodeException>(() => KubeProtobuf.Decode(body, KubeScheme.Default));

        Assert.Equal("metadata.name", error.FieldPath);
    }

    /// <summary>Every prefix of every capture, and single-byte corruptions of it, end in success or a ProtobufDecodeException — never another exception.</summary>
    [Fact]
    public void Decode_TruncatedOrCorruptedCaptures_OnlyProtobufDecodeException()
    {
        var random = new Random(1234);
        foreach (var path in Directory.EnumerateFiles(Captures, "*.pb"))
        {
            var body = File.ReadAllBytes(path);
            for (var length = 0; length < body.Length; length++)
            {
                AssertDecodesOrRejects(body[..length]);
            }

            for (var i = 0; i < 200; i++)
            {
                var corrupted = (byte[])body.Clone();
                corrupted[4 + random.Next(corrupted.Length - 4)] = (byte)random.Next(256);
                AssertDecodesOrRejects(corrupted);
            }
        }
    }

    private static void AssertDecodesOrRejects(byte[] body)
    {
        try
        {
            KubeProtobuf.Decode(body, KubeScheme.Default);
        }
        catch (ProtobufDecodeException)
        {
        }
    }

    private static byte[] Envelope(string apiVersion, string kind, byte[] raw)
    {
        var typeMeta = new ProtoWriter();
        typeMeta.WriteString(1, apiVersion);
        typeMeta.WriteString(2, kind);
        var unknown = new ProtoWriter();
        unknown.WriteMessage(1, typeMeta);
        unknown.WriteBytes(2, raw);
        return [.. KubeProtobuf.Magic, .. unknown.ToArray()];
    }
}

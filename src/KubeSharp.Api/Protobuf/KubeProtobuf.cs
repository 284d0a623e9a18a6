using System.Text;
using KubeSharp.Api.Protobuf.Fields;
using KubeSharp.Api.Scheme;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Protobuf;

/// <summary>
/// Kubernetes' protobuf wire format (<c>application/vnd.kubernetes.protobuf</c>): the four magic bytes
/// <c>k8s\0</c>, then a runtime.Unknown message (typeMeta = 1 with apiVersion = 1 and kind = 2, raw = 2 holding the
/// object's own message, contentEncoding = 3, contentType = 4), as upstream's protobuf serializer writes it.
/// kubectl 1.32+ sends request bodies this way for built-in kinds (kubectl-wire.md §1.1); the API server turns
/// them into our typed objects here and carries on as with JSON. Which types can be decoded is decided by the
/// field tables in Protobuf/Fields/.
/// </summary>
public static class KubeProtobuf
{
    public const string MediaType = "application/vnd.kubernetes.protobuf";

    private static readonly Lazy<ProtoFieldRegistry> DefaultRegistry = new(() => CreateRegistry());

    /// <summary>The magic prefix of every body.</summary>
    public static ReadOnlySpan<byte> Magic => "k8s\0"u8;

    /// <summary>Field numbers of every type we can decode.</summary>
    public static ProtoFieldRegistry Fields => DefaultRegistry.Value;

    /// <summary>
    /// Decodes a body to the C# type its apiVersion/kind name in <paramref name="scheme"/> (or, when the scheme has
    /// no such kind, to <paramref name="fallbackType"/>, e.g. DeleteOptions for a DELETE body).
    /// </summary>
    /// <exception cref="ProtobufDecodeException">bad magic, malformed or truncated data, an unknown kind, or a kind without field numbers.</exception>
    public static ProtobufObject Decode(ReadOnlySpan<byte> body, KubeScheme scheme, Type? fallbackType = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var (apiVersion, kind) = ReadEnvelope(body, out var raw);
        var gvk = GroupVersionKind.FromApiVersion(apiVersion, kind)
            ?? throw new ProtobufDecodeException($"the protobuf body names a malformed apiVersion \"{apiVersion}\"");
        // upstream registers DeleteOptions in every group-version, so a DELETE body names the resource's group.
        var type = (kind == "DeleteOptions" ? typeof(Meta.V1.DeleteOptions) : null) ?? KindTypes.Find(scheme, gvk) ?? fallbackType
            ?? throw new ProtobufDecodeException($"no kind \"{kind}\" is registered for version \"{apiVersion}\"");
        var value = (KubeModel)new ProtoObjectDecoder(Fields).Decode(type, raw);
        SetTypeMeta(value, apiVersion, kind);
        return new ProtobufObject(gvk, value);
    }

    /// <summary>Decodes a body and re-encodes the object as UTF-8 JSON, for request pipelines that read JSON.</summary>
    /// <exception cref="ProtobufDecodeException">as <see cref="Decode"/>.</exception>
    public static byte[] ToJson(ReadOnlySpan<byte> body, KubeScheme scheme, Type? fallbackType = null)
    {
        var decoded = Decode(body, scheme, fallbackType);
        return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(decoded.Object, KubeJson.Options.GetTypeInfo(decoded.Object.GetType()));
    }

    /// <summary>An object as a protobuf body (magic + runtime.Unknown), with the given apiVersion and kind.</summary>
    /// <exception cref="NotSupportedException">a type without field numbers.</exception>
    public static byte[] Encode(KubeModel value, string apiVersion, string kind)
    {
        ArgumentNullException.ThrowIfNull(value);
        var typeMeta = new ProtoWriter();
        typeMeta.WriteString(1, apiVersion);
        typeMeta.WriteString(2, kind);
        var unknown = new ProtoWriter();
        unknown.WriteMessage(1, typeMeta);
        unknown.WriteBytes(2, new ProtoObjectEncoder(Fields).Encode(value));
        unknown.WriteString(3, "");
        unknown.WriteString(4, "");
        var body = new byte[Magic.Length + unknown.Length];
        Magic.CopyTo(body);
        unknown.ToArray().CopyTo(body, Magic.Length);
        return body;
    }

    /// <summary>The apiVersion and kind of a body, and its raw object message.</summary>
    /// <exception cref="ProtobufDecodeException">bad magic or a malformed envelope.</exception>
    public static (string ApiVersion, string Kind) ReadEnvelope(ReadOnlySpan<byte> body, out ReadOnlySpan<byte> raw)
    {
        if (!body.StartsWith(Magic))
        {
            throw new ProtobufDecodeException("the body does not start with the protobuf magic bytes \"k8s\\x00\"");
        }

        var reader = new ProtoReader(body[Magic.Length..]);
        string apiVersion = "", kind = "", encoding = "";
        raw = default;
        while (!reader.End)
        {
            var (field, wireType) = reader.ReadTag();
            if (wireType != ProtoWireType.LengthDelimited)
            {
                reader.Skip(wireType);
                continue;
            }

            var bytes = reader.ReadLengthDelimited();
            switch (field)
            {
                case 1:
                    (apiVersion, kind) = ReadTypeMeta(bytes);
                    break;
                case 2:
                    raw = bytes;
                    break;
                case 3:
                    encoding = Encoding.UTF8.GetString(bytes);
                    break;
            }
        }

        if (encoding.Length > 0)
        {
            throw new ProtobufDecodeException($"protobuf bodies with content encoding \"{encoding}\" are not supported");
        }

        if (kind.Length == 0 || apiVersion.Length == 0)
        {
            throw new ProtobufDecodeException("the protobuf body does not name its apiVersion and kind");
        }

        return (apiVersion, kind);
    }

    private static (string ApiVersion, string Kind) ReadTypeMeta(ReadOnlySpan<byte> message)
    {
        var reader = new ProtoReader(message);
        string apiVersion = "", kind = "";
        while (!reader.End)
        {
            var (field, wireType) = reader.ReadTag();
            if (wireType != ProtoWireType.LengthDelimited)
            {
                reader.Skip(wireType);
                continue;
            }

            var text = Encoding.UTF8.GetString(reader.ReadLengthDelimited());
            switch (field)
            {
                case 1:
                    apiVersion = text;
                    break;
                case 2:
                    kind = text;
                    break;
            }
        }

        return (apiVersion, kind);
    }

    private static void SetTypeMeta(KubeModel value, string apiVersion, string kind)
    {
        var contract = KubeJson.Options.GetTypeInfo(value.GetType());
        foreach (var property in contract.Properties)
        {
            if (property.Set is not null && property.PropertyType == typeof(string))
            {
                if (property.Name == "apiVersion")
                {
                    property.Set(value, apiVersion);
                }
                else if (property.Name == "kind")
                {
                    property.Set(value, kind);
                }
            }
        }
    }

    /// <summary>A registry with every field table of Protobuf/Fields/.</summary>
    /// <param name="collectProblems">record bad specs in <see cref="ProtoFieldRegistry.Problems"/> instead of throwing (for tests).</param>
    public static ProtoFieldRegistry CreateRegistry(bool collectProblems = false)
    {
        var registry = new ProtoFieldRegistry(collectProblems);
        MetaV1ProtoFields.AddTo(registry);
        CoreV1ProtoFields.AddTo(registry);
        AppsV1ProtoFields.AddTo(registry);
        BatchV1ProtoFields.AddTo(registry);
        GroupsProtoFields.AddTo(registry);
        return registry;
    }
}

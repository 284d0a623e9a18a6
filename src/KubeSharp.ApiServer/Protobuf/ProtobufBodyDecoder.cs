using KubeSharp.Api.Protobuf;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.ApiServer.Endpoints.Decoding;

namespace KubeSharp.ApiServer.Protobuf;

/// <summary>
/// Create and update bodies sent as <c>application/vnd.kubernetes.protobuf</c> (kubectl 1.32+ typed clients):
/// the <c>k8s\0</c> envelope decoded by <see cref="KubeProtobuf"/> into the typed object and handed on as JSON,
/// so type checks, field validation and strategies run as for JSON. The envelope's apiVersion/kind go into the
/// JSON, so a body of the wrong kind meets the same 400 as a JSON one; malformed or truncated bodies are 400 too.
/// </summary>
public sealed class ProtobufBodyDecoder(KubeScheme scheme) : IRequestBodyDecoder
{
    public byte[] DecodeToJson(ReadOnlySpan<byte> body, ResourceMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        try
        {
            return KubeProtobuf.ToJson(body, scheme, mapping.Type);
        }
        catch (ProtobufDecodeException error)
        {
            throw StatusError.BadRequest($"the body of the request was in an unknown format - {error.Message}");
        }
    }
}

using KubeSharp.Api.Scheme;

namespace KubeSharp.ApiServer.Endpoints.Decoding;

/// <summary>
/// Turns a create or update body of a non-JSON media type (the protobuf <c>k8s\0</c> envelope kubectl 1.32+ sends)
/// into the JSON of the object, which then takes the JSON path: type checks, field validation, strategies.
/// Registered per media type with <see cref="ApiServer.AddBodyDecoder"/>.
/// </summary>
public interface IRequestBodyDecoder
{
    /// <summary>The object as UTF-8 JSON with apiVersion and kind.</summary>
    /// <param name="body">The request body as sent.</param>
    /// <param name="mapping">The resource of the URL; the body must hold its kind.</param>
    /// <exception cref="StatusError">400 for a malformed, truncated or wrong-kind body (never anything that becomes a 500).</exception>
    byte[] DecodeToJson(ReadOnlySpan<byte> body, ResourceMapping mapping);
}

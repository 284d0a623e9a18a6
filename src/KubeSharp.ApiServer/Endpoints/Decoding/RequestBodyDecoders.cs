using System.Collections.Concurrent;

namespace KubeSharp.ApiServer.Endpoints.Decoding;

/// <summary>The request-body decoders by media type essence (<c>application/vnd.kubernetes.protobuf</c>); JSON needs none.</summary>
public sealed class RequestBodyDecoders
{
    private readonly ConcurrentDictionary<string, IRequestBodyDecoder> _decoders = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string mediaType, IRequestBodyDecoder decoder) => _decoders[mediaType] = decoder;

    public IRequestBodyDecoder? Find(string mediaType) => _decoders.GetValueOrDefault(mediaType);
}

using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Client.Rest;

/// <summary>
/// Decodes a watch response: one <c>{"type":…,"object":…}</c> JSON document per line (the API server's JSON
/// stream framing). The object is decoded straight into the watched type, or into a Status for ERROR events.
/// </summary>
internal static class WatchDecoder
{
    /// <summary>The longest line accepted: upstream caps a watch frame at the largest object the server stores, plus headroom.</summary>
    private const long MaxFrameBytes = 16 * 1024 * 1024;

    public static async IAsyncEnumerable<WatchEvent<T>> ReadAsync<T>(Stream stream, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        try
        {
            while (true)
            {
                ReadResult result;
                try
                {
                    result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The server or the connection ended the stream mid-way: the watch simply ends, as upstream's
                    // decoder reports io.EOF / unexpected EOF to the reflector, which watches again.
                    yield break;
                }
                catch (HttpRequestException) when (!cancellationToken.IsCancellationRequested)
                {
                    yield break;
                }

                var buffer = result.Buffer;
                while (TryReadLine(ref buffer, out var line))
                {
                    if (IsBlank(line))
                    {
                        continue;
                    }

                    yield return Decode(line, typeInfo);
                }

                if (buffer.Length > MaxFrameBytes)
                {
                    throw new InvalidDataException($"watch event larger than {MaxFrameBytes} bytes");
                }

                if (result.IsCompleted)
                {
                    if (!IsBlank(buffer))
                    {
                        yield return Decode(buffer, typeInfo);
                    }

                    yield break;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Decodes one frame; public to tests through the assembly.</summary>
    internal static WatchEvent<T> Decode<T>(ReadOnlySequence<byte> frame, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var reader = new Utf8JsonReader(frame);
        string? type = null;
        T? obj = null;
        Status? status = null;
        JsonElement? deferred = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("watch event is not a JSON object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "type":
                    type = reader.GetString();
                    break;
                case "object" when type is null:
                    // Upstream writes the type first; tolerate the other order by decoding once the type is known.
                    deferred = JsonElement.ParseValue(ref reader);
                    break;
                case "object" when type == WatchEventType.Error:
                    status = JsonSerializer.Deserialize(ref reader, KubeJson.TypeInfo<Status>());
                    break;
                case "object":
                    obj = JsonSerializer.Deserialize(ref reader, typeInfo);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (type is null)
        {
            throw new JsonException("watch event has no type");
        }

        if (deferred is { } element)
        {
            if (type == WatchEventType.Error)
            {
                status = element.Deserialize(KubeJson.TypeInfo<Status>());
            }
            else
            {
                obj = element.Deserialize(typeInfo);
            }
        }

        return new WatchEvent<T>(type, obj, status);
    }

    private static bool TryReadLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        var position = buffer.PositionOf((byte)'\n');
        if (position is null)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, position.Value);
        buffer = buffer.Slice(buffer.GetPosition(1, position.Value));
        return true;
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\r' or (byte)'\t'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}

using System.Text;
using System.Text.Json;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Scheme;

public sealed partial class KubeScheme
{
    /// <summary>Reads apiVersion and kind from a JSON document and decodes it to the registered object or list type.</summary>
    /// <exception cref="SchemeDecodeException">with upstream's message for a missing kind or apiVersion, an unregistered kind, or malformed JSON.</exception>
    public KubeModel Decode(ReadOnlySpan<byte> utf8Json)
    {
        var type = ResolveType(utf8Json);
        try
        {
            return (KubeModel)(JsonSerializer.Deserialize(utf8Json, KubeJsonContext.Default.GetTypeInfo(type)!)
                ?? throw new SchemeDecodeException(DecodeFailure.Malformed, "the document is null"));
        }
        catch (JsonException e)
        {
            throw new SchemeDecodeException(DecodeFailure.Malformed, e.Message, e);
        }
    }

    public KubeModel Decode(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Decode(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Decodes every document of a YAML stream (kubectl's manifests) to its registered type, in order.</summary>
    /// <exception cref="FormatException">malformed YAML.</exception>
    /// <exception cref="SchemeDecodeException">a document that names no registered kind, or does not fit it.</exception>
    public IReadOnlyList<KubeModel> DecodeYaml(string yaml)
    {
        var objects = new List<KubeModel>();
        foreach (var document in KubeYaml.ReadDocuments(yaml))
        {
            objects.Add(Decode(KubeYaml.ToUtf8Json(document)));
        }

        return objects;
    }

    /// <summary>The group, version and kind a document names, without decoding the rest of it.</summary>
    /// <exception cref="SchemeDecodeException">when it is not a JSON object or names no kind or apiVersion.</exception>
    public static GroupVersionKind ReadKind(ReadOnlySpan<byte> utf8Json)
    {
        string? apiVersion = null;
        string? kind = null;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new SchemeDecodeException(DecodeFailure.Malformed, "couldn't get version/kind; json parse error: the document is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isApiVersion = reader.ValueTextEquals("apiVersion"u8);
                var isKind = !isApiVersion && reader.ValueTextEquals("kind"u8);
                reader.Read();
                if ((isApiVersion || isKind) && reader.TokenType == JsonTokenType.String)
                {
                    if (isApiVersion)
                    {
                        apiVersion = reader.GetString();
                    }
                    else
                    {
                        kind = reader.GetString();
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException e)
        {
            throw new SchemeDecodeException(DecodeFailure.Malformed, "couldn't get version/kind; json parse error: " + e.Message, e);
        }

        // The same checks, order and texts as upstream's json serializer (runtime.NewMissingKindErr/NewMissingVersionErr).
        if (string.IsNullOrEmpty(kind))
        {
            throw new SchemeDecodeException(DecodeFailure.MissingKind, $"Object 'Kind' is missing in '{Encoding.UTF8.GetString(utf8Json)}'");
        }

        if (string.IsNullOrEmpty(apiVersion))
        {
            throw new SchemeDecodeException(DecodeFailure.MissingVersion, $"Object 'apiVersion' is missing in '{Encoding.UTF8.GetString(utf8Json)}'");
        }

        return GroupVersionKind.FromApiVersion(apiVersion, kind)
            ?? throw new SchemeDecodeException(DecodeFailure.Malformed, $"unexpected GroupVersion string: {apiVersion}");
    }

    /// <summary>The C# type registered for a group, version and kind, object or list.</summary>
    public Type? FindType(GroupVersionKind kind) =>
        FindByKind(kind)?.Type ?? FindByListKind(kind)?.ListType;

    private Type ResolveType(ReadOnlySpan<byte> utf8Json)
    {
        var kind = ReadKind(utf8Json);
        return FindType(kind)
            ?? throw new SchemeDecodeException(DecodeFailure.NotRegistered, $"no kind \"{kind.Kind}\" is registered for version \"{kind.ApiVersion}\" in scheme \"KubeSharp\"");
    }
}

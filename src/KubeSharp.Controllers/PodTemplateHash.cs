using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Controllers;

/// <summary>
/// The <c>pod-template-hash</c> a Deployment puts on its ReplicaSets (upstream's controller.ComputeHash): FNV-32a
/// of the pod template plus the collision count, printed in decimal and mapped onto upstream's safe alphabet.
/// Upstream hashes Go's printed form of the struct; we hash the template's canonical JSON, so the values differ
/// from upstream's but have the same shape and stability.
/// </summary>
public static class PodTemplateHash
{
    /// <summary>The label key (upstream's DefaultDeploymentUniqueLabelKey).</summary>
    public const string DefaultDeploymentUniqueLabelKey = "pod-template-hash";

    private const string Alphanums = "bcdfghjklmnpqrstvwxz2456789";

    public static string ComputeHash(PodTemplateSpec template, int? collisionCount)
    {
        var hash = 2166136261u;
        void Write(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                hash ^= b;
                hash *= 16777619u;
            }
        }

        Write(Encoding.UTF8.GetBytes(Canonical(template)));
        if (collisionCount is { } count)
        {
            Span<byte> bytes = stackalloc byte[8];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes, unchecked((uint)count));
            Write(bytes);
        }

        return SafeEncodeString(hash.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Upstream's rand.SafeEncodeString: every character mapped onto consonants and digits, so no bad words.</summary>
    public static string SafeEncodeString(string value)
    {
        var chars = new char[value.Length];
        for (var i = 0; i < value.Length; i++)
        {
            chars[i] = Alphanums[value[i] % Alphanums.Length];
        }

        return new string(chars);
    }

    /// <summary>
    /// Whether two templates are equal once the hash label is ignored (upstream's EqualIgnoreHash, which compares
    /// with apimachinery's semantic equality: nil and empty are the same).
    /// </summary>
    public static bool EqualIgnoreHash(PodTemplateSpec a, PodTemplateSpec b) =>
        Canonical(WithoutHash(a)) == Canonical(WithoutHash(b));

    private static PodTemplateSpec WithoutHash(PodTemplateSpec template)
    {
        if (template.Metadata.Labels?.ContainsKey(DefaultDeploymentUniqueLabelKey) != true)
        {
            return template;
        }

        var copy = ObjectCopy.DeepCopy(template);
        copy.Metadata.Labels!.Remove(DefaultDeploymentUniqueLabelKey);
        return copy;
    }

    /// <summary>JSON with empty lists, empty maps and nulls removed, so semantically equal templates print the same.</summary>
    internal static string Canonical(PodTemplateSpec template)
    {
        var node = JsonNode.Parse(KubeJson.Serialize(template));
        Prune(node);
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            WriteSorted(node, writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes keys in ordinal order: label and annotation maps must not compare by insertion order.</summary>
    private static void WriteSorted(JsonNode? node, System.Text.Json.Utf8JsonWriter writer)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteSorted(value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteSorted(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private static bool Prune(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return true;
            case JsonObject obj:
                foreach (var key in obj.Select(pair => pair.Key).ToList())
                {
                    if (Prune(obj[key]))
                    {
                        obj.Remove(key);
                    }
                }

                return obj.Count == 0;
            case JsonArray array:
                foreach (var item in array)
                {
                    Prune(item);
                }

                return array.Count == 0;
            default:
                return false;
        }
    }
}

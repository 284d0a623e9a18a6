using System.Globalization;
using System.Text;
using KubeSharp.Api.Serialization;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Apply;

/// <summary>
/// Reads and writes <c>metadata.managedFields</c> in the JSON tree (upstream's DecodeManagedFields and
/// EncodeObjectManagedFields): one entry per manager identifier, FieldsV1 sets, entries sorted by operation,
/// time, manager, apiVersion and subresource.
/// </summary>
internal static class ManagedFieldsCodec
{
    internal sealed record Decoded(Dictionary<string, VersionedSet> Fields, Dictionary<string, DateTimeOffset?> Times);

    public static Decoded Empty() => new(new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <exception cref="FormatException">with upstream's message for an invalid entry.</exception>
    public static Decoded Decode(Dictionary<string, object?>? obj)
    {
        var result = Empty();
        if (obj?.GetValueOrDefault("metadata") is not Dictionary<string, object?> metadata
            || metadata.GetValueOrDefault("managedFields") is not List<object?> entries)
        {
            return result;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not Dictionary<string, object?> entry)
            {
                throw new FormatException($"managed fields entry {i} is not an object");
            }

            var operation = entry.GetValueOrDefault("operation") as string;
            if (operation is not ManagerIdentifier.Apply and not ManagerIdentifier.Update)
            {
                throw new FormatException("operation must be `Apply` or `Update`");
            }

            var apiVersion = entry.GetValueOrDefault("apiVersion") as string;
            if (string.IsNullOrEmpty(apiVersion))
            {
                throw new FormatException("apiVersion must not be empty");
            }

            var fieldsType = entry.GetValueOrDefault("fieldsType") as string;
            if (string.IsNullOrEmpty(fieldsType))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"missing fieldsType in managed fields entry {i}"));
            }

            if (fieldsType != "FieldsV1")
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"invalid fieldsType \"{fieldsType}\" in managed fields entry {i}"));
            }

            var id = new ManagerIdentifier(
                entry.GetValueOrDefault("manager") as string ?? "",
                operation,
                apiVersion,
                entry.GetValueOrDefault("subresource") as string);
            var fieldsJson = entry.GetValueOrDefault("fieldsV1") is { } fieldsV1 ? Encoding.UTF8.GetString(JsonTree.ToBytes(fieldsV1)) : "{}";
            var set = FieldsV1.Parse(fieldsJson);
            var key = id.Encode();
            result.Fields[key] = new VersionedSet(set, apiVersion, operation == ManagerIdentifier.Apply);
            result.Times[key] = entry.GetValueOrDefault("time") is string time && DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? TimeConverter.Truncate(parsed)
                : null;
        }

        return result;
    }

    /// <summary>Writes the managers into <c>metadata.managedFields</c> (removing it when there are none).</summary>
    public static void Encode(Dictionary<string, object?> obj, Decoded managed)
    {
        if (obj.GetValueOrDefault("metadata") is not Dictionary<string, object?> metadata)
        {
            metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
            obj["metadata"] = metadata;
        }

        var entries = new List<(ManagerIdentifier Id, VersionedSet Set, DateTimeOffset? Time)>();
        foreach (var (key, set) in managed.Fields)
        {
            var id = ManagerIdentifier.Parse(key);
            entries.Add((id, set, managed.Times.GetValueOrDefault(key)));
        }

        entries.Sort((p, q) =>
        {
            var c = string.CompareOrdinal(p.Id.Operation, q.Id.Operation);
            if (c != 0)
            {
                return c;
            }

            c = (p.Time?.ToUnixTimeSeconds() ?? 0).CompareTo(q.Time?.ToUnixTimeSeconds() ?? 0);
            if (c != 0)
            {
                return c;
            }

            c = string.CompareOrdinal(p.Id.Manager, q.Id.Manager);
            if (c != 0)
            {
                return c;
            }

            c = string.CompareOrdinal(p.Set.ApiVersion, q.Set.ApiVersion);
            return c != 0 ? c : string.CompareOrdinal(p.Id.Subresource ?? "", q.Id.Subresource ?? "");
        });

        if (entries.Count == 0)
        {
            metadata.Remove("managedFields");
            return;
        }

        var list = new List<object?>(entries.Count);
        foreach (var (id, set, time) in entries)
        {
            var entry = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (id.Manager.Length > 0)
            {
                entry["manager"] = id.Manager;
            }

            entry["operation"] = id.Operation;
            entry["apiVersion"] = set.ApiVersion;
            if (time is { } t)
            {
                entry["time"] = t.UtcDateTime.ToString(TimeConverter.Format, CultureInfo.InvariantCulture);
            }

            entry["fieldsType"] = "FieldsV1";
            entry["fieldsV1"] = JsonTree.Parse(Encoding.UTF8.GetBytes(FieldsV1.Serialize(set.Set)));
            if (!string.IsNullOrEmpty(id.Subresource))
            {
                entry["subresource"] = id.Subresource;
            }

            list.Add(entry);
        }

        metadata["managedFields"] = list;
    }

    public static void Remove(Dictionary<string, object?>? obj)
    {
        if (obj?.GetValueOrDefault("metadata") is Dictionary<string, object?> metadata)
        {
            metadata.Remove("managedFields");
        }
    }
}

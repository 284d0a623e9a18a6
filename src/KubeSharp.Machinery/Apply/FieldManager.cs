using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KubeSharp.Api;
using KubeSharp.Api.Serialization;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Patch;
using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Apply;

/// <summary>
/// Field ownership for one kind (and optionally one subresource), as upstream's managedfields FieldManager
/// with its default layers: version check, last-applied annotation sync for "kubectl", tracking that starts
/// at the first apply for objects created without managedFields ("before-first-apply"), at most ten Update
/// managers ("ancient-changes"), manager identifiers, timestamps, and the metadata fields nobody owns.
/// The API server calls <see cref="Update(ReadOnlySpan{byte}, ReadOnlySpan{byte}, string)"/> on create, update and
/// non-apply patch, and <see cref="Apply(ReadOnlySpan{byte}, ReadOnlySpan{byte}, string, bool)"/> for
/// application/apply-patch.
/// </summary>
public sealed class FieldManager
{
    public const int DefaultMaxUpdateManagers = 10;
    public const string LastAppliedConfigAnnotation = "kubectl.kubernetes.io/last-applied-configuration";

    private const string CurrentOperation = "current-operation";
    private const string BeforeFirstApply = "before-first-apply";
    private const string AncientChanges = "ancient-changes";

    /// <summary>Fields nobody owns (upstream's stripMetaManager).</summary>
    private static readonly FieldSet StripSet = FieldSet.Of(
        [PathElement.Field("apiVersion")],
        [PathElement.Field("kind")],
        [PathElement.Field("metadata")],
        [PathElement.Field("metadata"), PathElement.Field("name")],
        [PathElement.Field("metadata"), PathElement.Field("namespace")],
        [PathElement.Field("metadata"), PathElement.Field("creationTimestamp")],
        [PathElement.Field("metadata"), PathElement.Field("selfLink")],
        [PathElement.Field("metadata"), PathElement.Field("uid")],
        [PathElement.Field("metadata"), PathElement.Field("clusterName")],
        [PathElement.Field("metadata"), PathElement.Field("generation")],
        [PathElement.Field("metadata"), PathElement.Field("managedFields")],
        [PathElement.Field("metadata"), PathElement.Field("resourceVersion")]);

    private readonly TypeSchema _schema;
    private readonly string _apiVersion;
    private readonly string _kind;
    private readonly string? _subresource;
    private readonly TimeProvider _time;
    private readonly Updater _updater;
    private readonly byte[] _emptyObject;

    /// <param name="objectType">The CLR type of the kind (its schema and its empty object come from it).</param>
    /// <param name="apiVersion">The group/version the object is served at (<c>apps/v1</c>, <c>v1</c>).</param>
    /// <param name="kind">The kind, for the apply version check.</param>
    /// <param name="timeProvider">Clock for managedFields timestamps.</param>
    /// <param name="subresource">"status" or "scale" when managing a subresource; null for the main resource.</param>
    /// <param name="resetFields">Fields the registry strategy resets (status on the main resource, spec on status); nobody owns them.</param>
    /// <param name="serializerOptions">Options to serialize the empty object; defaults to <see cref="KubeJson.Options"/>.</param>
    public FieldManager(Type objectType, string apiVersion, string kind, TimeProvider timeProvider, string? subresource = null, FieldSet? resetFields = null, JsonSerializerOptions? serializerOptions = null)
    {
        _schema = TypeSchema.For(objectType);
        _apiVersion = apiVersion;
        _kind = kind;
        _subresource = string.IsNullOrEmpty(subresource) ? null : subresource;
        _time = timeProvider;
        _updater = new Updater(_schema, resetFields);
        var options = serializerOptions ?? KubeJson.Options;
        _emptyObject = JsonSerializer.SerializeToUtf8Bytes(Activator.CreateInstance(objectType), options.GetTypeInfo(objectType));
    }

    public int MaxUpdateManagers { get; init; } = DefaultMaxUpdateManagers;

    /// <summary>
    /// Records ownership for a create (<paramref name="liveJson"/> empty), update or non-apply patch and
    /// returns <paramref name="newJson"/> with <c>metadata.managedFields</c> set. managedFields sent by the
    /// client are honoured (that is how users reset them); when absent or unreadable, the live ones carry over.
    /// </summary>
    /// <exception cref="FormatException">when the live managedFields cannot be decoded.</exception>
    public byte[] Update(ReadOnlySpan<byte> liveJson, ReadOnlySpan<byte> newJson, string manager)
    {
        var live = liveJson.IsEmpty ? null : JsonTree.ParseObject(liveJson);
        var updated = JsonTree.ParseObject(newJson);
        return JsonTree.ToBytes(Update(live, updated, manager));
    }

    /// <summary>Like <see cref="Update(ReadOnlySpan{byte}, ReadOnlySpan{byte}, string)"/>, but on failure returns the new object without managedFields (upstream's UpdateNoErrors).</summary>
    public byte[] UpdateNoErrors(ReadOnlySpan<byte> liveJson, ReadOnlySpan<byte> newJson, string manager)
    {
        try
        {
            return Update(liveJson, newJson, manager);
        }
        catch (FormatException)
        {
            var updated = JsonTree.ParseObject(newJson);
            ManagedFieldsCodec.Remove(updated);
            return JsonTree.ToBytes(updated);
        }
    }

    /// <summary>
    /// Server-side apply: merges <paramref name="appliedJson"/> into the live object (<paramref name="liveJson"/>
    /// empty to create) and returns the result with managedFields.
    /// </summary>
    /// <exception cref="ApplyConflictException">when fields owned by others would change and <paramref name="force"/> is false.</exception>
    /// <exception cref="PatchException">BadRequest for a wrong apiVersion/kind or managedFields in the patch; Internal for a configuration that does not fit the schema (upstream's 500).</exception>
    public byte[] Apply(ReadOnlySpan<byte> liveJson, ReadOnlySpan<byte> appliedJson, string manager, bool force)
    {
        var live = liveJson.IsEmpty ? JsonTree.ParseObject(_emptyObject) : JsonTree.ParseObject(liveJson);
        Dictionary<string, object?> applied;
        try
        {
            applied = JsonTree.ParseObject(appliedJson);
        }
        catch (JsonException e)
        {
            throw new PatchException(e.Message, PatchErrorKind.BadRequest);
        }

        return JsonTree.ToBytes(Apply(live, applied, manager, force));
    }

    public T Update<T>(T? live, T updated, string manager)
        where T : KubeObject =>
        Update(live, updated, manager, KubeJson.TypeInfo<T>());

    public T Update<T>(T? live, T updated, string manager, JsonTypeInfo<T> typeInfo)
        where T : KubeObject
    {
        var liveBytes = live is null ? [] : JsonSerializer.SerializeToUtf8Bytes(live, typeInfo);
        var bytes = Update(liveBytes, JsonSerializer.SerializeToUtf8Bytes(updated, typeInfo), manager);
        return JsonSerializer.Deserialize(bytes, typeInfo)!;
    }

    public T Apply<T>(T? live, ReadOnlySpan<byte> appliedJson, string manager, bool force)
        where T : KubeObject =>
        Apply(live, appliedJson, manager, force, KubeJson.TypeInfo<T>());

    public T Apply<T>(T? live, ReadOnlySpan<byte> appliedJson, string manager, bool force, JsonTypeInfo<T> typeInfo)
        where T : KubeObject
    {
        var liveBytes = live is null ? [] : JsonSerializer.SerializeToUtf8Bytes(live, typeInfo);
        var bytes = Apply(liveBytes, appliedJson, manager, force);
        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo)!;
        }
        catch (JsonException e)
        {
            throw new PatchException(e.Message, PatchErrorKind.Unprocessable);
        }
    }

    internal Dictionary<string, object?> Update(Dictionary<string, object?>? live, Dictionary<string, object?> updated, string manager)
    {
        ManagedFieldsCodec.Decoded managed;
        try
        {
            managed = ManagedFieldsCodec.Decode(updated);
        }
        catch (FormatException)
        {
            managed = ManagedFieldsCodec.Empty();
        }

        if (managed.Fields.Count == 0 || _subresource is not null)
        {
            managed = ManagedFieldsCodec.Decode(live);
        }

        ManagedFieldsCodec.Remove(updated);
        var liveTree = live ?? JsonTree.ParseObject(_emptyObject);

        // Objects that exist without managedFields are not tracked until their first apply.
        if (managed.Fields.Count == 0 && !string.IsNullOrEmpty(Uid(live)))
        {
            return updated;
        }

        managed = TrackedUpdate(liveTree, updated, managed, new ManagerIdentifier(manager, ManagerIdentifier.Update, _apiVersion, _subresource).Encode());
        ManagedFieldsCodec.Encode(updated, managed);
        return updated;
    }

    internal Dictionary<string, object?> Apply(Dictionary<string, object?> live, Dictionary<string, object?> applied, string manager, bool force)
    {
        var appliedVersion = applied.GetValueOrDefault("apiVersion") as string ?? "";
        var appliedKind = applied.GetValueOrDefault("kind") as string ?? "";
        if (appliedVersion != _apiVersion || appliedKind != _kind)
        {
            throw new PatchException($"invalid object type: {GvkString(appliedVersion, appliedKind)}", PatchErrorKind.BadRequest);
        }

        ManagedFieldsCodec.Decoded managed;
        try
        {
            managed = ManagedFieldsCodec.Decode(live);
        }
        catch (FormatException e)
        {
            throw new PatchException("failed to decode managed fields: " + e.Message, PatchErrorKind.Internal);
        }

        if (applied.GetValueOrDefault("metadata") is Dictionary<string, object?> appliedMeta && appliedMeta.GetValueOrDefault("managedFields") is not null)
        {
            throw new PatchException("metadata.managedFields must be nil", PatchErrorKind.BadRequest);
        }

        var errors = new List<string>();
        TypedValue.ToFieldSet(applied, _schema, errors, strict: true);
        if (errors.Count > 0)
        {
            var detail = errors.Count == 1 ? errors[0] : "errors:\n" + string.Join("\n", errors.Select(e => "  " + e));
            throw new PatchException($"failed to create typed patch object ({GvkString(_apiVersion, _kind)}; {NamespacedName(applied)}): {detail}", PatchErrorKind.Internal);
        }

        ManagedFieldsCodec.Remove(live);

        // The first apply to an object nobody tracked yet: whatever exists belongs to "before-first-apply".
        if (managed.Fields.Count == 0)
        {
            var empty = JsonTree.ParseObject(_emptyObject);
            managed = TrackedUpdate(empty, live, managed, new ManagerIdentifier(BeforeFirstApply, ManagerIdentifier.Update, _apiVersion, _subresource).Encode());
        }

        var id = new ManagerIdentifier(manager, ManagerIdentifier.Apply, null, _subresource).Encode();
        var (result, fields) = _updater.Apply(live, applied, _apiVersion, managed.Fields, id, force);
        var times = new Dictionary<string, DateTimeOffset?>(managed.Times, StringComparer.Ordinal);
        Dictionary<string, object?> output;
        if (result is Dictionary<string, object?> changed)
        {
            output = changed;
            times[id] = Now();
        }
        else
        {
            output = live;
        }

        managed = new ManagedFieldsCodec.Decoded(Strip(fields), times);
        managed = CapUpdateManagers(managed);
        if (manager == "kubectl")
        {
            SyncLastApplied(output, applied);
        }

        ManagedFieldsCodec.Encode(output, managed);
        return output;
    }

    /// <summary>The Update layers: manager identifier, "current-operation" bookkeeping with timestamps, strip, cap.</summary>
    private ManagedFieldsCodec.Decoded TrackedUpdate(Dictionary<string, object?> live, Dictionary<string, object?> updated, ManagedFieldsCodec.Decoded managed, string id)
    {
        var liveCopy = JsonTree.CloneMap(live);
        ManagedFieldsCodec.Remove(liveCopy);
        var fields = Strip(_updater.Update(liveCopy, updated, _apiVersion, managed.Fields, CurrentOperation));
        var times = new Dictionary<string, DateTimeOffset?>(managed.Times, StringComparer.Ordinal);
        if (fields.Remove(CurrentOperation, out var current))
        {
            fields[id] = fields.TryGetValue(id, out var previous)
                ? current with { Set = current.Set.Union(previous.Set) }
                : current;
            times[id] = Now();
        }

        return CapUpdateManagers(new ManagedFieldsCodec.Decoded(fields, times));
    }

    private static Dictionary<string, VersionedSet> Strip(Dictionary<string, VersionedSet> fields)
    {
        var result = new Dictionary<string, VersionedSet>(StringComparer.Ordinal);
        foreach (var (manager, set) in fields)
        {
            var stripped = set.Set.Difference(StripSet);
            if (!stripped.IsEmpty)
            {
                result[manager] = set with { Set = stripped };
            }
        }

        return result;
    }

    /// <summary>
    /// Keeps at most <see cref="MaxUpdateManagers"/> Update managers by folding the oldest into an
    /// "ancient-changes" manager per API version (upstream's capManagersManager).
    /// </summary>
    private ManagedFieldsCodec.Decoded CapUpdateManagers(ManagedFieldsCodec.Decoded managed)
    {
        var updaters = managed.Fields.Where(f => !f.Value.Applied).Select(f => f.Key).ToList();
        if (updaters.Count <= MaxUpdateManagers)
        {
            return managed;
        }

        long Seconds(string m) => managed.Times.GetValueOrDefault(m)?.ToUnixTimeSeconds() ?? 0;
        updaters.Sort((a, b) =>
        {
            var c = Seconds(a).CompareTo(Seconds(b));
            return c != 0 ? c : string.CompareOrdinal(a, b);
        });

        var firstByVersion = new Dictionary<string, string>(StringComparer.Ordinal);
        var length = updaters.Count;
        for (var i = 0; i < updaters.Count && length > MaxUpdateManagers; i++)
        {
            var manager = updaters[i];
            var set = managed.Fields[manager];
            var time = managed.Times.GetValueOrDefault(manager);
            var version = set.ApiVersion;
            var bucket = new ManagerIdentifier(AncientChanges, ManagerIdentifier.Update, version, null).Encode();
            if (firstByVersion.TryGetValue(version, out var first))
            {
                if (!managed.Fields.TryGetValue(bucket, out var bucketSet))
                {
                    bucketSet = managed.Fields[first];
                    managed.Fields.Remove(first);
                }

                managed.Fields[bucket] = set with { Set = set.Set.Union(bucketSet.Set) };
                managed.Fields.Remove(manager);
                length--;
                managed.Times[bucket] = time;
            }
            else
            {
                firstByVersion[version] = manager;
            }
        }

        return managed;
    }

    /// <summary>
    /// kubectl's last-applied annotation follows server-side applies by the "kubectl" manager, when the
    /// object has one (upstream's lastAppliedUpdater).
    /// </summary>
    private static void SyncLastApplied(Dictionary<string, object?> obj, Dictionary<string, object?> applied)
    {
        if (obj.GetValueOrDefault("metadata") is not Dictionary<string, object?> metadata
            || metadata.GetValueOrDefault("annotations") is not Dictionary<string, object?> annotations
            || !annotations.ContainsKey(LastAppliedConfigAnnotation))
        {
            return;
        }

        var copy = JsonTree.CloneMap(applied);
        if (copy.GetValueOrDefault("metadata") is Dictionary<string, object?> appliedMeta
            && appliedMeta.GetValueOrDefault("annotations") is Dictionary<string, object?> appliedAnnotations)
        {
            appliedAnnotations.Remove(LastAppliedConfigAnnotation);
        }

        annotations[LastAppliedConfigAnnotation] = GoJson.Marshal(copy) + "\n";
    }

    private DateTimeOffset Now() => TimeConverter.Truncate(_time.GetUtcNow());

    private static string? Uid(Dictionary<string, object?>? obj) =>
        (obj?.GetValueOrDefault("metadata") as Dictionary<string, object?>)?.GetValueOrDefault("uid") as string;

    /// <summary>Go's GroupVersionKind.String(): <c>apps/v1, Kind=Deployment</c>, <c>/v1, Kind=Pod</c>.</summary>
    private static string GvkString(string apiVersion, string kind)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var group = slash >= 0 ? apiVersion[..slash] : "";
        var version = slash >= 0 ? apiVersion[(slash + 1)..] : apiVersion;
        return $"{group}/{version}, Kind={kind}";
    }

    private static string NamespacedName(Dictionary<string, object?> obj)
    {
        var metadata = obj.GetValueOrDefault("metadata") as Dictionary<string, object?>;
        return (metadata?.GetValueOrDefault("namespace") as string ?? "") + "/" + (metadata?.GetValueOrDefault("name") as string ?? "");
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Admission;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.Storage;

namespace KubeSharp.ApiServer.Registry.Generic;

public sealed partial class ResourceStore
{
    /// <summary>The finalizers the garbage collector acts on for orphan and foreground deletion.</summary>
    public const string OrphanFinalizer = "orphan";

    public const string ForegroundFinalizer = "foregroundDeletion";

    /// <summary>
    /// Deletes an object, as upstream's Store.Delete: preconditions, admission, then either graceful deletion
    /// (deletionTimestamp set, the kubelet confirms later), deletion deferred to finalizers (including the
    /// orphan/foreground finalizers a propagation policy asks for), or removal from the datastore.
    /// </summary>
    /// <returns>The object as it now is (or was, when removed), and whether it is gone.</returns>
    public async Task<(JsonObject Object, bool Deleted)> DeleteAsync(string ns, string name, DeleteOptions options, CancellationToken cancellationToken)
    {
        var key = Key(ns, name);
        for (var attempt = 1; ; attempt++)
        {
            var kv = await _storage.GetAsync(key, 0, cancellationToken) ?? throw StatusErrors.NotFound(Resource, name);
            var existing = ObjectCodec.Decode(kv);
            CheckPreconditions(existing, name, options);
            await AdmitAsync(AdmissionOperation.Delete, "", ns, name, null, existing, options.DryRun, cancellationToken);

            var updated = existing.DeepClone().AsObject();
            var graceful = PrepareGracefulDeletion(updated, options);
            var finalizersChanged = ApplyPropagationPolicy(updated, options.PropagationPolicy);
            var hasFinalizers = ObjectMetadata.Finalizers(updated).Count > 0 | Strategy.PrepareForDelete(updated);

            if (graceful || hasFinalizers)
            {
                if (!ObjectMetadata.HasDeletionTimestamp(updated))
                {
                    var meta = ObjectMetadata.Meta(updated);
                    meta["deletionTimestamp"] = Now();
                    meta["deletionGracePeriodSeconds"] = 0;
                }

                if (options.DryRun || (JsonNode.DeepEquals(updated, existing) && !finalizersChanged))
                {
                    return (updated, false);
                }

                try
                {
                    var written = await _storage.UpdateAsync(key, ObjectCodec.Encode(updated), kv.ModRevision, 0, cancellationToken);
                    ObjectCodec.SetResourceVersion(updated, written.ModRevision);
                    return (updated, false);
                }
                catch (ConflictException) when (attempt < UpdateAttempts)
                {
                    continue;
                }
            }

            if (options.DryRun)
            {
                return (existing, true);
            }

            try
            {
                var result = await _storage.DeleteAsync(key, kv.ModRevision, cancellationToken);
                ObjectCodec.SetResourceVersion(existing, result.Revision);
                return (existing, true);
            }
            catch (ConflictException) when (attempt < UpdateAttempts)
            {
                continue;
            }
            catch (NotFoundException)
            {
                throw StatusErrors.NotFound(Resource, name);
            }
        }
    }

    /// <summary>Deletes every object a list would return (upstream's DeleteCollection), returning what was deleted.</summary>
    public async Task<IReadOnlyList<JsonObject>> DeleteCollectionAsync(string ns, ListOptions listOptions, DeleteOptions options, CancellationToken cancellationToken)
    {
        var list = await ListAsync(ns, listOptions with { Limit = 0, Continue = "" }, cancellationToken);
        var deleted = new List<JsonObject>(list.Items.Count);
        foreach (var item in list.Items)
        {
            try
            {
                var (obj, _) = await DeleteAsync(ObjectMetadata.Namespace(item), ObjectMetadata.Name(item), options, cancellationToken);
                deleted.Add(obj);
            }
            catch (StatusError error) when (error.Code == 404)
            {
                // Deleted concurrently: what the caller wanted.
            }
        }

        return deleted;
    }

    /// <summary>Removes an object whose last finalizer is gone (called after such an update).</summary>
    private async Task DeleteFinalizedAsync(string key, JsonObject obj, CancellationToken cancellationToken)
    {
        var revision = ObjectCodec.ParseResourceVersion(ObjectMetadata.ResourceVersion(obj)) ?? 0;
        try
        {
            var result = await _storage.DeleteAsync(key, revision, cancellationToken);
            ObjectCodec.SetResourceVersion(obj, result.Revision);
        }
        catch (StorageException)
        {
            // Changed or removed by someone else meanwhile: their write decides.
        }
    }

    private void CheckPreconditions(JsonObject existing, string name, DeleteOptions options)
    {
        if (options.PreconditionUid is { Length: > 0 } uid && uid != ObjectMetadata.Uid(existing))
        {
            throw StatusErrors.Conflict(Resource, name, $"Precondition failed: UID in precondition: {uid}, UID in object meta: {ObjectMetadata.Uid(existing)}");
        }

        if (options.PreconditionResourceVersion is { Length: > 0 } rv && rv != ObjectMetadata.ResourceVersion(existing))
        {
            throw StatusErrors.Conflict(Resource, name, $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {ObjectMetadata.ResourceVersion(existing)}");
        }
    }

    /// <summary>
    /// Upstream's rest.BeforeDelete for graceful kinds: sets deletionTimestamp to now plus the grace period, or
    /// shortens a running grace period; a grace period of 0 (or a non-graceful kind) deletes at once.
    /// </summary>
    /// <returns>True when the object should stay, marked for graceful deletion.</returns>
    private bool PrepareGracefulDeletion(JsonObject obj, DeleteOptions options)
    {
        var grace = Strategy.GracePeriodSeconds(obj, options.GracePeriodSeconds);
        if (grace is null or <= 0)
        {
            return false;
        }

        var meta = ObjectMetadata.Meta(obj);
        if (meta["deletionGracePeriodSeconds"] is JsonValue current && current.TryGetValue<long>(out var currentGrace) && currentGrace <= grace)
        {
            // Already being deleted at least as fast as asked.
            return true;
        }

        meta["deletionTimestamp"] = _time.GetUtcNow().AddSeconds(grace.Value).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        meta["deletionGracePeriodSeconds"] = grace.Value;
        return true;
    }

    /// <summary>
    /// The finalizers a propagation policy implies (upstream's deletionFinalizersForGarbageCollection): Orphan adds
    /// "orphan", Foreground adds "foregroundDeletion", Background removes both. Returns true when they changed.
    /// </summary>
    private static bool ApplyPropagationPolicy(JsonObject obj, string? policy)
    {
        if (policy is null)
        {
            return false;
        }

        var finalizers = ObjectMetadata.Finalizers(obj);
        var before = finalizers.Count;
        var hadOrphan = finalizers.Remove(OrphanFinalizer);
        var hadForeground = finalizers.Remove(ForegroundFinalizer);
        switch (policy)
        {
            case "Orphan":
                finalizers.Add(OrphanFinalizer);
                break;
            case "Foreground":
                finalizers.Add(ForegroundFinalizer);
                break;
        }

        var changed = finalizers.Count != before || (policy == "Orphan" && !hadOrphan) || (policy == "Foreground" && !hadForeground);
        if (changed)
        {
            ObjectMetadata.SetFinalizers(obj, finalizers);
        }

        return changed;
    }
}

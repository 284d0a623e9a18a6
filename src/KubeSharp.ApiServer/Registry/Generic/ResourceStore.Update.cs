using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Admission;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.Machinery.Validation;
using KubeSharp.Storage;

namespace KubeSharp.ApiServer.Registry.Generic;

public sealed partial class ResourceStore
{
    /// <summary>How often an unconditional update is retried when a concurrent writer wins.</summary>
    private const int UpdateAttempts = 16;

    /// <summary>
    /// Updates an object, as upstream's Store.Update over GuaranteedUpdate: <paramref name="computeNew"/> turns the
    /// stored object (null when absent) into the new one and is called again after a lost race, so patches are
    /// re-applied to the latest version. A resourceVersion in the new object is a precondition (409 when stale);
    /// without one the update is unconditional where the strategy allows it. An unchanged object is not written.
    /// </summary>
    /// <param name="allowUnconditional">Patches: the caller cleared an unchanged resourceVersion so a lost race re-applies the patch.</param>
    /// <returns>The stored object and whether the update created it.</returns>
    public async Task<(JsonObject Object, bool Created)> UpdateAsync(
        string ns,
        string name,
        Func<JsonObject?, JsonObject> computeNew,
        IRestStrategy strategy,
        string subresource,
        WriteOptions options,
        bool forceAllowCreate,
        bool allowUnconditional,
        CancellationToken cancellationToken)
    {
        var key = Key(ns, name);
        var kv = await _storage.GetAsync(key, 0, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (kv is null)
            {
                if (!strategy.AllowCreateOnUpdate && !forceAllowCreate)
                {
                    throw StatusErrors.NotFound(Resource, name);
                }

                var created = computeNew(null);
                ObjectMetadata.SetString(created, "resourceVersion", null);
                return (await CreateAsync(ns, created, options, cancellationToken), true);
            }

            var existing = ObjectCodec.Decode(kv);
            var updated = computeNew(existing.DeepClone().AsObject());
            var requested = ObjectCodec.ParseResourceVersion(ObjectMetadata.ResourceVersion(updated))
                ?? throw StatusErrors.Invalid(Mapping.Kind, name, [FieldError.Invalid(FieldPath.New("metadata", "resourceVersion"), ObjectMetadata.ResourceVersion(updated), "must be a valid resourceVersion")]);
            var conditional = requested != 0;
            if (!conditional && !strategy.AllowUnconditionalUpdate && !allowUnconditional)
            {
                throw StatusErrors.Invalid(Mapping.Kind, name, [FieldError.Invalid(FieldPath.New("metadata", "resourceVersion"), 0, "must be specified for an update")]);
            }

            if (conditional && requested != kv.ModRevision)
            {
                throw StatusErrors.Conflict(Resource, name, StatusErrors.OptimisticLockMessage);
            }

            // Upstream's Store.Update gives an unconditional update the stored resourceVersion before
            // validation, so metadata validation ("must be specified for an update") sees the one it replaces.
            ObjectCodec.SetResourceVersion(updated, kv.ModRevision);
            BeforeUpdate(ns, updated, existing, strategy);
            var errors = new List<FieldError>(strategy.ValidateUpdate(updated, existing));
            errors.AddRange(ObjectMetaValidation.ValidateUpdate(updated, existing, Mapping.Namespaced, strategy));
            if (errors.Count > 0)
            {
                throw StatusErrors.Invalid(Mapping.Kind, name, errors);
            }

            await AdmitAsync(AdmissionOperation.Update, subresource, ns, name, updated, existing, options.DryRun, cancellationToken);
            if (JsonNode.DeepEquals(updated, existing) || options.DryRun)
            {
                return (updated, false);
            }

            try
            {
                var written = await _storage.UpdateAsync(key, ObjectCodec.Encode(updated), kv.ModRevision, 0, cancellationToken);
                ObjectCodec.SetResourceVersion(updated, written.ModRevision);
            }
            catch (ConflictException conflict) when (!conditional && attempt < UpdateAttempts)
            {
                kv = conflict.Current;
                continue;
            }
            catch (ConflictException)
            {
                throw StatusErrors.Conflict(Resource, name, StatusErrors.OptimisticLockMessage);
            }
            catch (NotFoundException) when (attempt < UpdateAttempts)
            {
                kv = null;
                continue;
            }
            catch (ValueTooLargeException)
            {
                throw StatusError.RequestEntityTooLarge("limit is 1572864");
            }

            // Removing the last finalizer of an object that is being deleted completes the deletion.
            if (ObjectMetadata.HasDeletionTimestamp(updated) && ObjectMetadata.Finalizers(updated).Count == 0 && !GracefulPending(updated)
                && !Strategy.PrepareForDelete(updated.DeepClone().AsObject()))
            {
                await DeleteFinalizedAsync(key, updated, cancellationToken);
            }

            return (updated, false);
        }
    }

    /// <summary>
    /// Upstream's rest.BeforeUpdate: the namespace must match, and generation, uid, creationTimestamp and the
    /// deletion fields always come from the stored object; then the strategy prepares the update.
    /// </summary>
    private void BeforeUpdate(string ns, JsonObject updated, JsonObject existing, IRestStrategy strategy)
    {
        EnsureNamespace(ns, updated);
        var meta = ObjectMetadata.Meta(updated);
        var old = ObjectMetadata.Meta(existing);
        CopyField(old, meta, "generation");
        if (ObjectMetadata.Uid(updated).Length == 0)
        {
            CopyField(old, meta, "uid");
        }

        CopyField(old, meta, "creationTimestamp");
        CopyField(old, meta, "deletionTimestamp");
        CopyField(old, meta, "deletionGracePeriodSeconds");
        meta.Remove("selfLink");
        strategy.PrepareForUpdate(updated, existing);
    }

    private static void CopyField(JsonObject from, JsonObject to, string field)
    {
        if (from[field] is { } value)
        {
            to[field] = value.DeepClone();
        }
        else
        {
            to.Remove(field);
        }
    }

    /// <summary>A graceful deletion still running: the kubelet has yet to confirm (grace period above zero).</summary>
    private static bool GracefulPending(JsonObject obj) =>
        ObjectMetadata.Meta(obj)["deletionGracePeriodSeconds"] is JsonValue value && value.TryGetValue<long>(out var seconds) && seconds > 0;
}

using System.Collections.Concurrent;

namespace KubeSharp.Controllers;

/// <summary>
/// Upstream's <c>UIDTrackingControllerExpectations</c>: deletions are expected by pod key, so the informer's update
/// that sets a pod's deletionTimestamp and its later delete count once, not twice.
/// </summary>
public sealed class UidTrackingControllerExpectations(ControllerExpectations expectations)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _uidStore = new(StringComparer.Ordinal);

    public ControllerExpectations Expectations { get; } = expectations;

    public bool SatisfiedExpectations(string controllerKey) => Expectations.SatisfiedExpectations(controllerKey);

    public void ExpectCreations(string controllerKey, int adds) => Expectations.ExpectCreations(controllerKey, adds);

    public void CreationObserved(string controllerKey) => Expectations.CreationObserved(controllerKey);

    /// <summary>Expects the deletion of each pod in <paramref name="deletedKeys"/>.</summary>
    public void ExpectDeletions(string controllerKey, IReadOnlyCollection<string> deletedKeys)
    {
        var keys = new HashSet<string>(deletedKeys, StringComparer.Ordinal);
        _uidStore[controllerKey] = keys;
        Expectations.ExpectDeletions(controllerKey, keys.Count);
    }

    /// <summary>Records that <paramref name="deleteKey"/> is gone; a key seen before is not counted again.</summary>
    public void DeletionObserved(string controllerKey, string deleteKey)
    {
        if (!_uidStore.TryGetValue(controllerKey, out var keys))
        {
            return;
        }

        bool removed;
        lock (keys)
        {
            removed = keys.Remove(deleteKey);
        }

        if (removed)
        {
            Expectations.DeletionObserved(controllerKey);
        }
    }

    public void DeleteExpectations(string controllerKey)
    {
        Expectations.DeleteExpectations(controllerKey);
        _uidStore.TryRemove(controllerKey, out _);
    }
}

using KubeSharp.Api;
using KubeSharp.Api.Scheme;
using KubeSharp.Machinery.Errors;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Controllers;

/// <summary>
/// Upstream's <c>BaseControllerRefManager</c> with its pod and ReplicaSet flavours: a controller claims the objects
/// its selector matches. It keeps what it already controls, adopts matching orphans (after one fresh check that
/// the controller itself is not being deleted), and releases objects it controls whose labels no longer match.
/// Objects controlled by someone else are never touched.
/// </summary>
public sealed class ControllerRefManager<T>
    where T : KubeObject
{
    private readonly IKubernetesObject _controller;
    private readonly GroupVersionKind _controllerKind;
    private readonly Selector _selector;
    private readonly Func<CancellationToken, Task> _canAdopt;
    private readonly Func<T, string, CancellationToken, Task> _patch;
    private Task? _canAdoptOnce;

    /// <param name="canAdopt">Throws when adoption must not happen (upstream's RecheckDeletionTimestamp); called at most once.</param>
    /// <param name="patch">Sends a strategic merge patch to one object.</param>
    public ControllerRefManager(
        IKubernetesObject controller,
        GroupVersionKind controllerKind,
        Selector selector,
        Func<CancellationToken, Task> canAdopt,
        Func<T, string, CancellationToken, Task> patch)
    {
        _controller = controller;
        _controllerKind = controllerKind;
        _selector = selector;
        _canAdopt = canAdopt;
        _patch = patch;
    }

    /// <summary>
    /// Claims <paramref name="objects"/>: returns those the controller now owns, and every error met on the way
    /// (the claim goes on past an error, as upstream, so one bad object does not block the rest).
    /// </summary>
    public async Task<(List<T> Claimed, List<Exception> Errors)> ClaimAsync(IEnumerable<T> objects, Func<T, bool>? filter, CancellationToken cancellationToken)
    {
        var claimed = new List<T>();
        var errors = new List<Exception>();
        foreach (var obj in objects)
        {
            try
            {
                if (await ClaimObjectAsync(obj, filter, cancellationToken).ConfigureAwait(false))
                {
                    claimed.Add(obj);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                errors.Add(error);
            }
        }

        return (claimed, errors);
    }

    private async Task<bool> ClaimObjectAsync(T obj, Func<T, bool>? filter, CancellationToken cancellationToken)
    {
        bool Match(T item) => _selector.Matches(item.Metadata.Labels) && (filter is null || filter(item));

        var controllerRef = ControllerRefs.GetControllerOf(obj);
        if (controllerRef is not null)
        {
            if (controllerRef.Uid != _controller.Metadata.Uid)
            {
                return false;
            }

            if (Match(obj))
            {
                return true;
            }

            // Ours, but the selector no longer matches: release it, unless we are being deleted (the garbage
            // collector then deals with it).
            if (_controller.Metadata.DeletionTimestamp is not null)
            {
                return false;
            }

            await IgnoreNotFound(_patch(obj, OwnerRefPatches.DeleteOwnerRefPatch(obj.Metadata.Uid ?? "", _controller.Metadata.Uid ?? ""), cancellationToken)).ConfigureAwait(false);
            return false;
        }

        // An orphan: adopt it if it matches and neither side is being deleted.
        if (_controller.Metadata.DeletionTimestamp is not null || !Match(obj) || obj.Metadata.DeletionTimestamp is not null)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(_controller.Metadata.Namespace) && _controller.Metadata.Namespace != obj.Metadata.Namespace)
        {
            return false;
        }

        _canAdoptOnce ??= _canAdopt(cancellationToken);
        try
        {
            await _canAdoptOnce.ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new InvalidOperationException($"can't adopt {typeof(T).Name} {obj.Metadata.Namespace}/{obj.Metadata.Name} ({obj.Metadata.Uid}): {error.Message}", error);
        }

        return await IgnoreNotFound(_patch(obj, OwnerRefPatches.OwnerRefControllerPatch(_controller, _controllerKind, obj.Metadata.Uid ?? ""), cancellationToken)).ConfigureAwait(false);
    }

    private static async Task<bool> IgnoreNotFound(Task patch)
    {
        try
        {
            await patch.ConfigureAwait(false);
            return true;
        }
        catch (ApiException error) when (ApiErrors.IsNotFound(error))
        {
            // Gone already: nothing to adopt or release.
            return false;
        }
    }
}

using KubeSharp.Api.Scheme;

namespace KubeSharp.ApiServer.Registry;

/// <summary>
/// Every resource the server serves right now: the built-in kinds of the scheme, plus the custom resources
/// CustomResourceDefinitions add and remove at run time. Readers take an immutable <see cref="Snapshot"/>;
/// writers swap in a new one, bumping <see cref="CatalogSnapshot.Generation"/> so discovery can re-render.
/// </summary>
public sealed class ResourceCatalog
{
    private readonly IReadOnlyList<ResourceMapping> _builtIn;
    private readonly Lock _lock = new();
    private CatalogSnapshot _snapshot;
    private Dictionary<string, IReadOnlyList<ResourceMapping>> _dynamic = new(StringComparer.Ordinal);

    public ResourceCatalog(IEnumerable<ResourceMapping> builtIn)
    {
        _builtIn = [.. builtIn];
        _snapshot = new CatalogSnapshot(1, _builtIn);
    }

    /// <summary>Raised after every change (CRD established or removed).</summary>
    public event Action<CatalogSnapshot>? Changed;

    public CatalogSnapshot Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Adds, replaces or (with an empty list) removes the resources one owner (a CRD, by name) serves.</summary>
    public void SetDynamic(string owner, IReadOnlyList<ResourceMapping> mappings)
    {
        CatalogSnapshot next;
        lock (_lock)
        {
            var dynamic = new Dictionary<string, IReadOnlyList<ResourceMapping>>(_dynamic, StringComparer.Ordinal);
            if (mappings.Count == 0)
            {
                dynamic.Remove(owner);
            }
            else
            {
                dynamic[owner] = mappings;
            }

            _dynamic = dynamic;
            next = new CatalogSnapshot(_snapshot.Generation + 1, [.. _builtIn, .. dynamic.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value)]);
            Volatile.Write(ref _snapshot, next);
        }

        Changed?.Invoke(next);
    }
}

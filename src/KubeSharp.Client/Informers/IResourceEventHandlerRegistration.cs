namespace KubeSharp.Client.Informers;

/// <summary>A handler added to an informer (upstream's <c>cache.ResourceEventHandlerRegistration</c>).</summary>
public interface IResourceEventHandlerRegistration
{
    /// <summary>True once the informer synced and this handler was given every object of the initial list.</summary>
    bool HasSynced { get; }
}

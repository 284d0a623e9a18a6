using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Client;

/// <summary>
/// One decoded event of a watch stream: its type (<see cref="WatchEventType"/>), the object (for BOOKMARK only its
/// metadata.resourceVersion, and annotations at the end of initial events), or for ERROR the server's
/// <see cref="Api.Meta.V1.Status"/>.
/// </summary>
public sealed record WatchEvent<T>(string Type, T? Object, Status? Status = null)
    where T : class;

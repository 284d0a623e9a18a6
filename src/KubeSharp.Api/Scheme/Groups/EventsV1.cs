using KubeSharp.Api.Events.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>events.k8s.io/v1: the same stored events as core/v1 Event, in the newer shape.</summary>
internal sealed class EventsV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<Event>("events", ResourceScope.Namespaced, shortNames: ["ev"]);
    }
}

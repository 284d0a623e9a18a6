using KubeSharp.Api.Autoscaling.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>
/// autoscaling/v1. Scale is not a resource; it is the body of every scale subresource
/// (<see cref="SubresourceMapping.Scale"/>).
/// </summary>
internal sealed class AutoscalingV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<HorizontalPodAutoscaler>("horizontalpodautoscalers", ResourceScope.Namespaced, shortNames: ["hpa"],
            categories: ["all"], subresources: [SubresourceMapping.Status]);
    }
}

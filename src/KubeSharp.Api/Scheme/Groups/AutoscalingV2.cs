using KubeSharp.Api.Autoscaling.V2;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>autoscaling/v2, the preferred version of the group.</summary>
internal sealed class AutoscalingV2 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<HorizontalPodAutoscaler>("horizontalpodautoscalers", ResourceScope.Namespaced, shortNames: ["hpa"],
            categories: ["all"], subresources: [SubresourceMapping.Status]);
    }
}

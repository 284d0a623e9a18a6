using KubeSharp.Api.Batch.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>batch/v1.</summary>
internal sealed class BatchV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<CronJob>("cronjobs", ResourceScope.Namespaced, shortNames: ["cj"], categories: ["all"],
            subresources: [SubresourceMapping.Status]);
        scheme.Add<Job>("jobs", ResourceScope.Namespaced, categories: ["all"], subresources: [SubresourceMapping.Status]);
    }
}

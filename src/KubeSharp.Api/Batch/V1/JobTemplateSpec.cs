using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Batch.V1;

/// <summary>The metadata and spec of the Jobs a CronJob creates.</summary>
public sealed class JobTemplateSpec : KubeModel
{
    public ObjectMeta Metadata { get; set; } = new();

    public JobSpec Spec { get; set; } = new();
}

using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Batch.V1;

public sealed class CronJobStatus : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<ObjectReference>? Active { get; set; }

    public DateTimeOffset? LastScheduleTime { get; set; }

    public DateTimeOffset? LastSuccessfulTime { get; set; }
}

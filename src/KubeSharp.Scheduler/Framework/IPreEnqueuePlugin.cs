using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Decides whether a pod may enter the active queue at all (scheduling gates).</summary>
public interface IPreEnqueuePlugin : IPlugin
{
    Status? PreEnqueue(Pod pod);
}

using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Approves, rejects or delays (Wait, with a timeout) the binding of a pod.</summary>
public interface IPermitPlugin : IPlugin
{
    (Status? Status, TimeSpan Timeout) Permit(CycleState state, Pod pod, string nodeName);
}

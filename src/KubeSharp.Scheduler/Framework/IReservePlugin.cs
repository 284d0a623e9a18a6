using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>Claims resources for the pod on the chosen node; Unreserve undoes it when a later step fails.</summary>
public interface IReservePlugin : IPlugin
{
    Status? Reserve(CycleState state, Pod pod, string nodeName);

    void Unreserve(CycleState state, Pod pod, string nodeName);
}

using KubeSharp.Api.Core.V1;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>One container as the status is computed from it: its spec, the kubelet's record and the runtime's status (null before creation).</summary>
internal readonly record struct ContainerView(Container Spec, ContainerRecord Record, Runtime.ContainerStatus? Runtime);

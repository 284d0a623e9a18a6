namespace KubeSharp.Runtime;

/// <summary>Both CRI services together: what a kubelet is given. Implemented by the real runtime and the simulated node.</summary>
public interface IContainerRuntime : IRuntimeService, IImageService
{
}

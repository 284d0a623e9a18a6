namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// A container's configuration cannot be built (a missing ConfigMap or key, a bad field path): the container waits
/// with reason CreateContainerConfigError and this message, as upstream's ErrCreateContainerConfig.
/// </summary>
public sealed class ContainerConfigException : Exception
{
    public ContainerConfigException()
    {
    }

    public ContainerConfigException(string message)
        : base(message)
    {
    }

    public ContainerConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

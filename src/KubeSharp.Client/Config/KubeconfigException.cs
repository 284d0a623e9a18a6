namespace KubeSharp.Client.Config;

/// <summary>A kubeconfig that cannot be used, with a message naming what is wrong and where.</summary>
public sealed class KubeconfigException : Exception
{
    public KubeconfigException()
    {
    }

    public KubeconfigException(string message)
        : base(message)
    {
    }

    public KubeconfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

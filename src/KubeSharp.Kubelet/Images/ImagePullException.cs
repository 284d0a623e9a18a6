namespace KubeSharp.Kubelet.Images;

/// <summary>
/// The image of a container is not there and cannot be pulled now: <see cref="Reason"/> is the container's waiting
/// reason (ErrImagePull, ImagePullBackOff, ErrImageNeverPull, InvalidImageName), the message its waiting message.
/// </summary>
public sealed class ImagePullException : Exception
{
    public ImagePullException()
    {
        Reason = ImageManager.ErrImagePull;
    }

    public ImagePullException(string message)
        : base(message)
    {
        Reason = ImageManager.ErrImagePull;
    }

    public ImagePullException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = ImageManager.ErrImagePull;
    }

    public ImagePullException(string reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public string Reason { get; }
}

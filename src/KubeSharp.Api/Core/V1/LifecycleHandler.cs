namespace KubeSharp.Api.Core.V1;

/// <summary>The action of a lifecycle hook; exactly one member is set.</summary>
public sealed class LifecycleHandler : KubeModel
{
    public ExecAction? Exec { get; set; }

    public HTTPGetAction? HTTPGet { get; set; }

    /// <summary>Deprecated and not supported as a hook; kept for compatibility.</summary>
    public TCPSocketAction? TCPSocket { get; set; }

    public SleepAction? Sleep { get; set; }
}

namespace KubeSharp.ApiServer.Registry;

/// <summary>A delete's options (upstream's <c>metav1.DeleteOptions</c>).</summary>
public sealed record DeleteOptions
{
    public static readonly DeleteOptions Default = new();

    /// <summary>Seconds before the object is removed (graceful kinds); null for the object's default.</summary>
    public long? GracePeriodSeconds { get; init; }

    /// <summary>The delete applies only if the object still has this uid.</summary>
    public string? PreconditionUid { get; init; }

    /// <summary>The delete applies only if the object is still at this resourceVersion.</summary>
    public string? PreconditionResourceVersion { get; init; }

    /// <summary>Orphan, Background or Foreground; null for the resource's default.</summary>
    public string? PropagationPolicy { get; init; }

    public bool DryRun { get; init; }
}

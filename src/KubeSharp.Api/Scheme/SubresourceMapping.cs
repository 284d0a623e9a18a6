namespace KubeSharp.Api.Scheme;

/// <summary>
/// One subresource of a resource as discovery lists it: "status", "scale", "log", "exec", "binding", … with
/// the verbs it supports and the kind it answers with (null: the parent's kind).
/// </summary>
public sealed record SubresourceMapping(string Name, IReadOnlyList<string> Verbs, GroupVersionKind? ResponseKind = null)
{
    /// <summary>The status subresource: get, patch, update, answering with the parent kind.</summary>
    public static SubresourceMapping Status { get; } = new("status", Scheme.Verbs.GetPatchUpdate);

    /// <summary>The scale subresource: get, patch, update, answering with autoscaling/v1 Scale.</summary>
    public static SubresourceMapping Scale { get; } = new("scale", Scheme.Verbs.GetPatchUpdate, new GroupVersionKind("autoscaling", "v1", "Scale"));
}

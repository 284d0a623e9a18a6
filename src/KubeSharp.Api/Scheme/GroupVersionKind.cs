namespace KubeSharp.Api.Scheme;

/// <summary>Names a kind: group ("" for core), version and kind, as upstream's schema.GroupVersionKind.</summary>
public readonly record struct GroupVersionKind(string Group, string Version, string Kind)
{
    /// <summary>The apiVersion field: "v1" for the core group, "apps/v1" otherwise.</summary>
    public string ApiVersion => GroupVersion.Format(Group, Version);

    /// <summary>From an apiVersion and kind, as they appear in an object; null when apiVersion is malformed.</summary>
    public static GroupVersionKind? FromApiVersion(string apiVersion, string kind) =>
        GroupVersion.TryParse(apiVersion, out var group, out var version) ? new GroupVersionKind(group, version, kind) : null;

    /// <summary>Upstream's String(): "apps/v1, Kind=Deployment", "/v1, Kind=Pod".</summary>
    public override string ToString() => Group + "/" + Version + ", Kind=" + Kind;
}

namespace KubeSharp.Api.Scheme;

/// <summary>Names a resource: group, version and plural resource name, as upstream's schema.GroupVersionResource.</summary>
public readonly record struct GroupVersionResource(string Group, string Version, string Resource)
{
    public string ApiVersion => GroupVersion.Format(Group, Version);

    /// <summary>Upstream's String(): "apps/v1, Resource=deployments".</summary>
    public override string ToString() => Group + "/" + Version + ", Resource=" + Resource;
}

namespace KubeSharp.Api.Meta.V1;

/// <summary>A version of a group as discovery lists it: "group/version" and "version".</summary>
public sealed class GroupVersionForDiscovery : KubeModel
{
    public string GroupVersion { get; set; } = "";

    public string Version { get; set; } = "";
}

using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Registry.Batch.Jobs;
using KubeSharp.ApiServer.Registry.Core.Namespaces;
using KubeSharp.ApiServer.Registry.Core.Pods;

namespace KubeSharp.ApiServer.Registry;

/// <summary>The strategy of each built-in resource: its own where upstream's registry has rules, the generic one otherwise.</summary>
public static class RestStrategies
{
    public static IRestStrategy For(ResourceMapping mapping) => (mapping.Kind.Group, mapping.Resource) switch
    {
        ("", "namespaces") => new NamespaceStrategy(mapping),
        ("", "pods") => new PodStrategy(mapping),
        ("batch", "jobs") => new JobStrategy(mapping),
        _ => new RestStrategy(mapping),
    };
}

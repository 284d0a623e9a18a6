using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Client.Tests.Informers;

/// <summary>Small pods for cache tests.</summary>
internal static class Pods
{
    public static Pod Make(string ns, string name, string resourceVersion = "1", string? node = null, Dictionary<string, string>? labels = null) => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta { Namespace = ns, Name = name, ResourceVersion = resourceVersion, Labels = labels, Uid = ns + "-" + name },
        Spec = new PodSpec { NodeName = node },
    };
}

namespace KubeSharp.Api.Core.V1;

/// <summary>Features a runtime handler supports.</summary>
public sealed class NodeRuntimeHandlerFeatures : KubeModel
{
    public bool? RecursiveReadOnlyMounts { get; set; }

    public bool? UserNamespaces { get; set; }
}

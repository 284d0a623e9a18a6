namespace KubeSharp.Api.Core.V1;

/// <summary>A runtime handler of the node and its features.</summary>
public sealed class NodeRuntimeHandler : KubeModel
{
    /// <summary>Empty for the default handler; always written.</summary>
    public string Name { get; set; } = "";

    public NodeRuntimeHandlerFeatures? Features { get; set; }
}

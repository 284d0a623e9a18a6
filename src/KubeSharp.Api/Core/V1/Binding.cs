namespace KubeSharp.Api.Core.V1;

/// <summary>
/// Ties an object to another: the scheduler binds a pod to a node by posting one to the pod's binding
/// subresource.
/// </summary>
[Kind("", "v1", "Binding")]
public sealed class Binding : KubeObject
{
    public ObjectReference Target { get; set; } = new();
}

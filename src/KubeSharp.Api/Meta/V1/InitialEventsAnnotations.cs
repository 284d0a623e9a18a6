namespace KubeSharp.Api.Meta.V1;

/// <summary>Annotations the server puts on the bookmark that ends the initial events of a watch list.</summary>
public static class InitialEventsAnnotations
{
    /// <summary>Set to "true" on the bookmark that ends the initial events.</summary>
    public const string End = "k8s.io/initial-events-end";

    /// <summary>Holds the serialized GVK of the list.</summary>
    public const string ListGvk = "kubernetes.io/initial-events-list-gvk";
}

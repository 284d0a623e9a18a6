namespace KubeSharp.ApiServer.Endpoints.Negotiation;

/// <summary>What a read answers with, as the client's Accept asks (upstream's <c>as=…</c> transformations).</summary>
public enum ResponseShape
{
    /// <summary>The object or list itself.</summary>
    Object,

    /// <summary>meta.k8s.io Table: columns and one row per object (kubectl get's human output).</summary>
    Table,

    /// <summary>meta.k8s.io PartialObjectMetadata(List): only metadata (the garbage collector's metadata informers).</summary>
    PartialObjectMetadata,
}

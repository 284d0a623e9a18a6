namespace KubeSharp.Api.Apps.V1;

public sealed class StatefulSetOrdinals : KubeModel
{
    /// <summary>The first replica's index; replicas are numbered [start, start + replicas).</summary>
    public int Start { get; set; }
}

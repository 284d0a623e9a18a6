using KubeSharp.Machinery.Fields;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.ApiServer.Registry;

/// <summary>A list or watch request's options (upstream's <c>metav1.ListOptions</c>), already parsed and checked.</summary>
public sealed record ListOptions
{
    public Selector LabelSelector { get; init; } = Selector.Everything;

    public FieldSelector FieldSelector { get; init; } = FieldSelector.Everything;

    /// <summary>"" (most recent), "0" (any), or a revision.</summary>
    public string ResourceVersion { get; init; } = "";

    /// <summary>"" , NotOlderThan or Exact.</summary>
    public string ResourceVersionMatch { get; init; } = "";

    public long Limit { get; init; }

    public string Continue { get; init; } = "";

    public bool AllowWatchBookmarks { get; init; }

    public bool? SendInitialEvents { get; init; }

    /// <summary>How long a watch may run; null for the server's default.</summary>
    public TimeSpan? Timeout { get; init; }
}

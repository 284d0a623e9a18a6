namespace KubeSharp.Storage.Tests.Linearizability;

/// <summary>The verdict on a history; when it is not linearizable, which partition failed and how far the search got.</summary>
public sealed record LinearizabilityResult(bool IsLinearizable, string Explanation)
{
    public override string ToString() => IsLinearizable ? "linearizable" : $"NOT linearizable: {Explanation}";
}

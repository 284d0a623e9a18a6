namespace KubeSharp.Api.Meta.V1;

/// <summary>Values of the dryRun option.</summary>
public static class DryRun
{
    /// <summary>Run every stage of the request but persist nothing.</summary>
    public const string All = "All";
}

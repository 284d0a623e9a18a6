namespace KubeSharp.ApiServer.Registry;

/// <summary>Options every write carries (upstream's Create/Update/PatchOptions): dry run and the field manager.</summary>
public sealed record WriteOptions
{
    public static readonly WriteOptions Default = new();

    /// <summary><c>dryRun=All</c>: validate and answer, but persist nothing.</summary>
    public bool DryRun { get; init; }

    public string FieldManager { get; init; } = "";
}

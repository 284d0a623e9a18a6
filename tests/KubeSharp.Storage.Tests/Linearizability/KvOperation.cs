namespace KubeSharp.Storage.Tests.Linearizability;

/// <summary>
/// One recorded storage call on one key: input (<see cref="Value"/> to write, <see cref="Expected"/> modRevision
/// for guarded writes, 0 for none) and output (<see cref="Outcome"/>, and for a get or a successful write the
/// value and modRevision the store reported; for a get of an absent key <see cref="Found"/> is false).
/// </summary>
public sealed record KvOperation(
    KvOperationKind Kind,
    string Key,
    string? Value,
    long Expected,
    KvOutcome Outcome,
    bool Found,
    string? ReadValue,
    long Revision)
{
    public override string ToString() => Kind switch
    {
        KvOperationKind.Get => Found ? $"get {Key} -> '{ReadValue}'@{Revision}" : $"get {Key} -> absent",
        KvOperationKind.Create => $"create {Key}='{Value}' -> {Outcome}{(Outcome == KvOutcome.Ok ? $"@{Revision}" : "")}",
        KvOperationKind.Update => $"update {Key}='{Value}' if @{Expected} -> {Outcome}{(Outcome == KvOutcome.Ok ? $"@{Revision}" : "")}",
        _ => $"delete {Key} if @{Expected} -> {Outcome}{(Outcome == KvOutcome.Ok ? $"@{Revision}" : "")}",
    };
}

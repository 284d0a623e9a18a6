namespace KubeSharp.Storage.Tests.Linearizability;

/// <summary>
/// The sequential specification of <see cref="IStorage"/> for one key: create-if-absent, compare-and-swap on
/// modRevision, guarded delete and get. Keys are independent, so histories are partitioned by key. A write's
/// new modRevision must exceed the one it replaced (revisions only grow).
/// </summary>
public sealed class KvModel : ILinearizabilityModel<RegisterState, KvOperation>
{
    public RegisterState Initial => new(false, "", 0);

    public IEnumerable<IReadOnlyList<Operation<KvOperation>>> Partition(IReadOnlyList<Operation<KvOperation>> history) =>
        history.GroupBy(o => o.Value.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<Operation<KvOperation>>)[.. g]);

    public bool TryStep(RegisterState state, KvOperation operation, out RegisterState next)
    {
        next = state;
        switch (operation.Kind)
        {
            case KvOperationKind.Get:
                return operation.Found
                    ? state.Exists && state.Value == operation.ReadValue && state.ModRevision == operation.Revision
                    : !state.Exists;

            case KvOperationKind.Create:
                if (operation.Outcome == KvOutcome.Exists)
                {
                    return state.Exists;
                }

                return operation.Outcome == KvOutcome.Ok && !state.Exists && Wrote(state, operation, out next);

            case KvOperationKind.Update:
                return operation.Outcome switch
                {
                    KvOutcome.NotFound => !state.Exists,
                    KvOutcome.Conflict => state.Exists && state.ModRevision != operation.Expected,
                    KvOutcome.Ok => state.Exists && state.ModRevision == operation.Expected && Wrote(state, operation, out next),
                    _ => false,
                };

            default:
                switch (operation.Outcome)
                {
                    case KvOutcome.NotFound:
                        return !state.Exists;
                    case KvOutcome.Conflict:
                        return state.Exists && operation.Expected != 0 && state.ModRevision != operation.Expected;
                    case KvOutcome.Ok when state.Exists && (operation.Expected == 0 || state.ModRevision == operation.Expected) && operation.Revision > state.ModRevision:
                        next = new RegisterState(false, "", operation.Revision);
                        return true;
                    default:
                        return false;
                }
        }
    }

    private static bool Wrote(RegisterState state, KvOperation operation, out RegisterState next)
    {
        next = new RegisterState(true, operation.Value!, operation.Revision);
        return operation.Revision > state.ModRevision;
    }
}

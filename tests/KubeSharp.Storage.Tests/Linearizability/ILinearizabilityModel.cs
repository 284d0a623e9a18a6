namespace KubeSharp.Storage.Tests.Linearizability;

/// <summary>
/// A sequential specification, as Porcupine's Model: from a state, an operation (with the output the client saw)
/// is either legal, giving the next state, or illegal. States are compared by value.
/// </summary>
public interface ILinearizabilityModel<TState, TOperation>
    where TState : IEquatable<TState>
{
    TState Initial { get; }

    /// <summary>Operations on independent parts of the state (e.g. different keys) that can be checked apart.</summary>
    IEnumerable<IReadOnlyList<Operation<TOperation>>> Partition(IReadOnlyList<Operation<TOperation>> history);

    bool TryStep(TState state, TOperation operation, out TState next);
}

namespace KubeSharp.Storage.Tests.Linearizability;

public sealed class LinearizabilityCheckerTests
{
    private static readonly KvModel Model = new();

    public static TheoryData<string, Operation<KvOperation>[], bool> Histories => new()
    {
        {
            "sequential create, read, update, read",
            [
                Op(0, 0, 1, Create("a", "1", 2)),
                Op(0, 2, 3, Get("a", "1", 2)),
                Op(0, 4, 5, Update("a", "2", 2, KvOutcome.Ok, 3)),
                Op(0, 6, 7, Get("a", "2", 3)),
            ],
            true
        },
        {
            "stale read after the update returned",
            [
                Op(0, 0, 1, Create("a", "1", 2)),
                Op(0, 2, 3, Update("a", "2", 2, KvOutcome.Ok, 3)),
                Op(1, 4, 5, Get("a", "1", 2)),
            ],
            false
        },
        {
            "reads concurrent with an update see old then new",
            [
                Op(0, 0, 1, Create("a", "1", 2)),
                Op(0, 2, 10, Update("a", "2", 2, KvOutcome.Ok, 3)),
                Op(1, 3, 4, Get("a", "1", 2)),
                Op(1, 5, 6, Get("a", "2", 3)),
            ],
            true
        },
        {
            "reads concurrent with an update see new then old",
            [
                Op(0, 0, 1, Create("a", "1", 2)),
                Op(0, 2, 20, Update("a", "2", 2, KvOutcome.Ok, 3)),
                Op(1, 3, 4, Get("a", "2", 3)),
                Op(1, 5, 6, Get("a", "1", 2)),
            ],
            false
        },
        {
            "two compare-and-swaps on the same revision both succeed (lost update)",
            [
                Op(0, 0, 1, Create("a", "1", 2)),
                Op(0, 2, 10, Update("a", "x", 2, KvOutcome.Ok, 3)),
                Op(1, 3, 11, Update("a", "y", 2, KvOutcome.Ok, 4)),
            ],
            false
        },
        {
            "two compare-and-swaps on the same revision, one conflicts",
            [
                Op(0, 0, 1, Create("a", "1", 2)),
                Op(0, 2, 10, Update("a", "x", 2, KvOutcome.Ok, 3)),
                Op(1, 3, 11, Update("a", "y", 2, KvOutcome.Conflict, 0)),
                Op(2, 12, 13, Get("a", "x", 3)),
            ],
            true
        },
        {
            "conflict reported although the revision matched and nothing ran concurrently",
            [
                Op(0, 0, 1, Create("a", "1", 2)),
                Op(0, 2, 3, Update("a", "x", 2, KvOutcome.Conflict, 0)),
            ],
            false
        },
        {
            "read of a value nobody wrote",
            [
                Op(0, 0, 1, Create("a", "1", 2)),
                Op(1, 0, 5, Get("a", "ghost", 2)),
            ],
            false
        },
        {
            "two concurrent creates both succeed",
            [
                Op(0, 0, 10, Create("a", "1", 2)),
                Op(1, 1, 11, Create("a", "2", 3)),
            ],
            false
        },
        {
            "concurrent create and exists, read sees the creator",
            [
                Op(0, 0, 10, Create("a", "1", 3)),
                Op(1, 1, 11, new KvOperation(KvOperationKind.Create, "a", "2", 0, KvOutcome.Exists, false, null, 0)),
                Op(2, 12, 13, Get("a", "1", 3)),
            ],
            true
        },
        {
            "delete then a read that still finds the key",
            [
                Op(0, 0, 1, Create("a", "1", 2)),
                Op(0, 2, 3, Delete("a", 2, KvOutcome.Ok, 3)),
                Op(1, 4, 5, Get("a", "1", 2)),
            ],
            false
        },
        {
            "keys are independent: interleaved writes on two keys",
            [
                Op(0, 0, 4, Create("a", "1", 2)),
                Op(1, 1, 5, Create("b", "1", 3)),
                Op(0, 6, 7, Get("b", "1", 3)),
                Op(1, 6, 8, Get("a", "1", 2)),
            ],
            true
        },
        {
            "revision going backwards",
            [
                Op(0, 0, 1, Create("a", "1", 5)),
                Op(0, 2, 3, Update("a", "2", 5, KvOutcome.Ok, 4)),
            ],
            false
        },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void Check_History_GivesTheExpectedVerdict(string name, Operation<KvOperation>[] history, bool linearizable)
    {
        var result = LinearizabilityChecker.Check(Model, history);

        Assert.True(result.IsLinearizable == linearizable, $"{name}: {result}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Check_GeneratedLinearizableHistory_IsAccepted(int seed)
    {
        var history = Generate(seed, operations: 400, out _);

        var result = LinearizabilityChecker.Check(Model, history);

        Assert.True(result.IsLinearizable, result.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Check_GeneratedHistoryWithOneStaleRead_IsRejected(int seed)
    {
        var history = Generate(seed, operations: 400, out var staleCandidates);

        // Make one read, issued strictly after a later write returned, report the overwritten value instead.
        var (readIndex, stale) = staleCandidates[staleCandidates.Count / 2];
        history[readIndex] = history[readIndex] with { Value = history[readIndex].Value with { ReadValue = stale.Value, Revision = stale.ModRevision } };

        var result = LinearizabilityChecker.Check(Model, history);

        Assert.False(result.IsLinearizable, "a stale read went unnoticed");
    }

    [Fact]
    public void Check_ReturnBeforeCall_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => LinearizabilityChecker.Check(Model, [Op(0, 5, 4, Get("a", null, 0))]));
    }

    /// <summary>
    /// A history from a linearizable execution by construction: operations take effect at increasing instants,
    /// each with a random interval around it, outputs computed by the model. Also returns reads that could be
    /// made stale: a read whose key was overwritten by a write that returned before the read was called.
    /// </summary>
    private static Operation<KvOperation>[] Generate(int seed, int operations, out List<(int Index, RegisterState Stale)> staleCandidates)
    {
        var random = new Random(seed);
        var states = new Dictionary<string, RegisterState>();
        var previous = new Dictionary<string, (RegisterState State, long WriterReturn)>();
        var history = new Operation<KvOperation>[operations];
        staleCandidates = [];
        long revision = 1;
        for (var i = 0; i < operations; i++)
        {
            var key = $"k{random.Next(3)}";
            var state = states.GetValueOrDefault(key, Model.Initial);
            var at = i * 10L;
            var call = at - random.Next(0, 25);
            var ret = at + random.Next(0, 25);
            KvOperation operation;
            switch (random.Next(4))
            {
                case 0:
                    operation = state.Exists ? Get(key, state.Value, state.ModRevision) : Get(key, null, 0);
                    if (state.Exists && previous.TryGetValue(key, out var before) && before.State.Exists && before.WriterReturn < call)
                    {
                        staleCandidates.Add((i, before.State));
                    }

                    break;
                case 1:
                    operation = state.Exists
                        ? new KvOperation(KvOperationKind.Create, key, $"v{i}", 0, KvOutcome.Exists, false, null, 0)
                        : Create(key, $"v{i}", ++revision);
                    break;
                case 2:
                    var expected = random.Next(3) == 0 ? state.ModRevision - 1 : state.ModRevision;
                    operation = !state.Exists ? Update(key, $"v{i}", expected, KvOutcome.NotFound, 0)
                        : expected != state.ModRevision ? Update(key, $"v{i}", expected, KvOutcome.Conflict, 0)
                        : Update(key, $"v{i}", expected, KvOutcome.Ok, ++revision);
                    break;
                default:
                    operation = state.Exists ? Delete(key, state.ModRevision, KvOutcome.Ok, ++revision) : Delete(key, 0, KvOutcome.NotFound, 0);
                    break;
            }

            Assert.True(Model.TryStep(state, operation, out var next), operation.ToString());
            if (!next.Equals(state))
            {
                previous[key] = (state, ret);
            }

            states[key] = next;
            history[i] = new Operation<KvOperation>(i % 5, operation, call, ret);
        }

        Assert.NotEmpty(staleCandidates);
        return history;
    }

    private static Operation<KvOperation> Op(int client, long call, long ret, KvOperation operation) => new(client, operation, call, ret);

    private static KvOperation Get(string key, string? value, long revision) =>
        new(KvOperationKind.Get, key, null, 0, KvOutcome.Ok, value is not null, value, revision);

    private static KvOperation Create(string key, string value, long revision) =>
        new(KvOperationKind.Create, key, value, 0, KvOutcome.Ok, false, null, revision);

    private static KvOperation Update(string key, string value, long expected, KvOutcome outcome, long revision) =>
        new(KvOperationKind.Update, key, value, expected, outcome, false, null, revision);

    private static KvOperation Delete(string key, long expected, KvOutcome outcome, long revision) =>
        new(KvOperationKind.Delete, key, null, expected, outcome, false, null, revision);
}

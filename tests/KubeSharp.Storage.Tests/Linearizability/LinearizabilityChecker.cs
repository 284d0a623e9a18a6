namespace KubeSharp.Storage.Tests.Linearizability;

/// <summary>
/// Decides whether a concurrent history is linearizable against a sequential model: is there one total order of
/// the operations, consistent with real time (an operation that returned before another was called comes first),
/// in which every operation is legal for the model? The search is Wing &amp; Gong's with Lowe's memoisation of
/// (linearized set, state) pairs, the algorithm Porcupine uses, over each partition on its own.
/// </summary>
public static class LinearizabilityChecker
{
    public static LinearizabilityResult Check<TState, TOperation>(ILinearizabilityModel<TState, TOperation> model, IReadOnlyList<Operation<TOperation>> history)
        where TState : IEquatable<TState>
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(history);
        foreach (var operation in history)
        {
            if (operation.Return < operation.Call)
            {
                throw new ArgumentException($"operation returns before it is called: {operation}", nameof(history));
            }
        }

        var index = 0;
        foreach (var partition in model.Partition(history))
        {
            var failure = CheckPartition(model, partition);
            if (failure is not null)
            {
                return new LinearizabilityResult(false, $"partition {index} ({partition.Count} operations): {failure}");
            }

            index++;
        }

        return new LinearizabilityResult(true, "");
    }

    /// <summary>Null when linearizable; otherwise the longest prefix the search could order, for diagnosis.</summary>
    private static string? CheckPartition<TState, TOperation>(ILinearizabilityModel<TState, TOperation> model, IReadOnlyList<Operation<TOperation>> operations)
        where TState : IEquatable<TState>
    {
        var head = Entry.Build(operations);
        var linearized = new LinearizedSet(operations.Count);
        var cache = new HashSet<(LinearizedSet, TState)>();
        var calls = new Stack<(Entry Call, TState StateBefore)>();
        var longest = Array.Empty<int>();
        var state = model.Initial;
        var entry = head.Next;
        while (head.Next is not null)
        {
            if (entry!.IsCall)
            {
                if (model.TryStep(state, operations[entry.Id].Value, out var next))
                {
                    var candidate = linearized.Clone();
                    candidate.Set(entry.Id);
                    if (cache.Add((candidate, next)))
                    {
                        calls.Push((entry, state));
                        state = next;
                        linearized.Set(entry.Id);
                        entry.Lift();
                        entry = head.Next;
                        continue;
                    }
                }

                entry = entry.Next;
                continue;
            }

            // A return whose call could not be placed: undo the last choice and try the next candidate.
            if (calls.Count == 0)
            {
                return Explain(operations, longest);
            }

            if (calls.Count > longest.Length)
            {
                longest = [.. calls.Reverse().Select(c => c.Call.Id)];
            }

            var (call, before) = calls.Pop();
            state = before;
            linearized.Clear(call.Id);
            call.Unlift();
            entry = call.Next;
        }

        return null;
    }

    private static string Explain<TOperation>(IReadOnlyList<Operation<TOperation>> operations, int[] longest) =>
        $"no order fits; the longest legal prefix ({longest.Length} operations) was: "
        + string.Join("; ", longest.Select(i => operations[i].Value?.ToString()));

    /// <summary>A node of the doubly linked list of call and return events, in time order.</summary>
    private sealed class Entry
    {
        public int Id { get; private init; }

        public bool IsCall { get; private init; }

        public Entry? Match { get; private set; }

        public Entry? Prev { get; set; }

        public Entry? Next { get; set; }

        /// <summary>Builds the list behind a sentinel head; at equal times calls come first, so such operations count as concurrent.</summary>
        public static Entry Build<TOperation>(IReadOnlyList<Operation<TOperation>> operations)
        {
            var events = new List<(long Time, bool IsCall, Entry Node)>(operations.Count * 2);
            for (var i = 0; i < operations.Count; i++)
            {
                var call = new Entry { Id = i, IsCall = true };
                var ret = new Entry { Id = i, IsCall = false };
                call.Match = ret;
                events.Add((operations[i].Call, true, call));
                events.Add((operations[i].Return, false, ret));
            }

            events.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : b.IsCall.CompareTo(a.IsCall));
            var head = new Entry { Id = -1 };
            var last = head;
            foreach (var (_, _, node) in events)
            {
                last.Next = node;
                node.Prev = last;
                last = node;
            }

            return head;
        }

        /// <summary>Takes this call and its return out of the list (the operation is linearized).</summary>
        public void Lift()
        {
            Prev!.Next = Next;
            Next!.Prev = Prev;
            var match = Match!;
            match.Prev!.Next = match.Next;
            if (match.Next is not null)
            {
                match.Next.Prev = match.Prev;
            }
        }

        /// <summary>Puts them back exactly where they were.</summary>
        public void Unlift()
        {
            var match = Match!;
            match.Prev!.Next = match;
            if (match.Next is not null)
            {
                match.Next.Prev = match;
            }

            Prev!.Next = this;
            Next!.Prev = this;
        }
    }
}

using System.Diagnostics;
using KubeSharp.Storage.Tests.Linearizability;

namespace KubeSharp.Storage.Tests.Contract;

/// <summary>
/// Concurrent compare-and-swap clients hammer a few keys; every call is recorded with its invoke and return
/// times, and the whole history must be linearizable against <see cref="KvModel"/>.
/// </summary>
public abstract class LinearizabilityContractTests : StorageContractTestBase
{
    [Theory]
    [InlineData(8, 60, 3)]
    [InlineData(16, 30, 1)]
    public async Task ConcurrentCompareAndSwapClients_HistoryIsLinearizable(int clients, int operationsPerClient, int keys)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            await start.Task;
            return await RunClientAsync(client, operationsPerClient, keys);
        })).ToArray();
        start.SetResult();
        var history = (await Task.WhenAll(runs)).SelectMany(h => h).ToList();

        var result = LinearizabilityChecker.Check(new KvModel(), history);

        Assert.True(result.IsLinearizable, result.ToString());
        Assert.Contains(history, o => o.Value.Outcome == KvOutcome.Conflict);
        Assert.Contains(history, o => o.Value.Kind == KvOperationKind.Update && o.Value.Outcome == KvOutcome.Ok);
    }

    private async Task<List<Operation<KvOperation>>> RunClientAsync(int client, int count, int keys)
    {
        var random = new Random(client * 7919);
        var lastSeen = new Dictionary<string, long>();
        var history = new List<Operation<KvOperation>>(count);
        for (var i = 0; i < count; i++)
        {
            var key = $"/lin/{random.Next(keys)}";
            var value = $"c{client}.{i}";
            var expected = lastSeen.GetValueOrDefault(key);
            var roll = random.Next(100);
            if (expected > 1 && random.Next(4) == 0)
            {
                // A stale guard, as a client with an old copy sends: must conflict unless it happens to match.
                expected--;
            }

            await Task.Yield();
            var call = Stopwatch.GetTimestamp();
            KvOperation operation;
            if (roll < 30)
            {
                var kv = await Storage.GetAsync(key);
                operation = new KvOperation(KvOperationKind.Get, key, null, 0, KvOutcome.Ok, kv is not null, kv is null ? null : Text(kv), kv?.ModRevision ?? 0);
                lastSeen[key] = kv?.ModRevision ?? 0;
            }
            else if (roll < 45 || expected == 0)
            {
                operation = await RecordAsync(KvOperationKind.Create, key, value, 0, async () => (await Storage.CreateAsync(key, Bytes(value))).ModRevision);
            }
            else if (roll < 85)
            {
                operation = await RecordAsync(KvOperationKind.Update, key, value, expected, async () => (await Storage.UpdateAsync(key, Bytes(value), expected)).ModRevision);
            }
            else
            {
                var guard = random.Next(2) == 0 ? expected : 0;
                operation = await RecordAsync(KvOperationKind.Delete, key, null, guard, async () => (await Storage.DeleteAsync(key, guard)).Revision);
            }

            history.Add(new Operation<KvOperation>(client, operation, call, Stopwatch.GetTimestamp()));
            if (operation.Kind != KvOperationKind.Get && operation.Outcome == KvOutcome.Ok)
            {
                lastSeen[key] = operation.Kind == KvOperationKind.Delete ? 0 : operation.Revision;
            }
        }

        return history;
    }

    private static async Task<KvOperation> RecordAsync(KvOperationKind kind, string key, string? value, long expected, Func<Task<long>> write)
    {
        try
        {
            var revision = await write();
            return new KvOperation(kind, key, value, expected, KvOutcome.Ok, false, null, revision);
        }
        catch (KeyExistsException)
        {
            return new KvOperation(kind, key, value, expected, KvOutcome.Exists, false, null, 0);
        }
        catch (ConflictException)
        {
            return new KvOperation(kind, key, value, expected, KvOutcome.Conflict, false, null, 0);
        }
        catch (NotFoundException)
        {
            return new KvOperation(kind, key, value, expected, KvOutcome.NotFound, false, null, 0);
        }
    }
}

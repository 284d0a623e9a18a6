using KubeSharp.Storage.Sqlite;

namespace KubeSharp.Storage.Tests.Crash;

/// <summary>
/// The child side of the crash test: a write storm on a SQLite store that prints one line per acknowledged
/// write (<c>ack KEY SEQUENCE REVISION .</c>, the dot proving the line is whole) until it is killed. Each writer creates fresh keys and moves its
/// own counter key forward with compare-and-swap. It stops by itself after a minute, so it can never outlive
/// a test run that lost track of it.
/// </summary>
public static class CrashWriter
{
    public const string Mode = "crash-writer";

    public static async Task<int> RunAsync(string path, int round, int writers)
    {
        var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        var gate = new Lock();
        void Ack(string key, long sequence, long revision)
        {
            lock (gate)
            {
                output.WriteLine($"ack {key} {sequence} {revision} .");
            }
        }

        await using var storage = SqliteStorage.Open(path, new StorageOptions { CompactionInterval = TimeSpan.Zero });
        lock (gate)
        {
            output.WriteLine("ready");
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var tasks = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var random = new Random(round * 1000 + writer);
            var counterKey = $"/crash/counter/{writer}";
            for (long sequence = 0; !deadline.IsCancellationRequested; sequence++)
            {
                var key = $"/crash/{round}/{writer}/{sequence}";
                var created = await storage.CreateAsync(key, CrashPayload.Create(key, sequence, random.Next(0, 1500)));
                Ack(key, sequence, created.ModRevision);

                var counterSequence = (round * 1_000_000L) + sequence;
                var counter = await storage.GuaranteedUpdateAsync(
                    counterKey,
                    (_, _) => ValueTask.FromResult<ReadOnlyMemory<byte>>(CrashPayload.Create(counterKey, counterSequence, random.Next(0, 200))),
                    ignoreNotFound: true);
                Ack(counterKey, counterSequence, counter.ModRevision);
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        return 3;
    }
}

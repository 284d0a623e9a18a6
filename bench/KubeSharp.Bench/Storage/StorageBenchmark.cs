using System.Buffers.Binary;
using System.Diagnostics;
using KubeSharp.Storage;
using KubeSharp.Storage.Sqlite;
using KubeSharp.Testing.Etcd;

namespace KubeSharp.Bench.Storage;

/// <summary>
/// The same workload against our SQLite store and a real etcd started for the run: durable writes per second
/// and latency at 1, 16 and 256 concurrent writers, a range of 10,000 keys, and watch delivery latency with
/// 100 watchers. Both stores fsync every commit (etcd by default, ours with synchronous=FULL). Our store is
/// called in-process, as the API server calls it; etcd over gRPC on loopback, as the API server calls it.
/// </summary>
internal sealed class StorageBenchmark : IBenchmark
{
    private static readonly TimeSpan WriteDuration = TimeSpan.FromSeconds(4);

    public string Name => "storage";

    public string Description => "SQLite store vs etcd: durable writes/s, range, watch latency";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("kubesharp-bench-storage-").FullName;
        try
        {
            await using var etcd = await EtcdProcess.StartAsync(Path.Combine(directory, "etcd"), cancellationToken);
            using var client = new EtcdGrpcClient(etcd.ClientUrl);
            await using var storage = SqliteStorage.Open(Path.Combine(directory, "kubesharp.db"), new StorageOptions { CompactionInterval = TimeSpan.Zero });
            StoreUnderTest ours = new KubeSharpStore(storage);
            StoreUnderTest reference = new EtcdStore(client);

            output.WriteLine($"Workload: 1 KiB values; writes for {WriteDuration.TotalSeconds:0} s per level; {Environment.ProcessorCount} cores. Ratio = kubesharp / etcd.");
            output.WriteLine();
            output.WriteLine("| measure | kubesharp | etcd | ratio |");
            output.WriteLine("| --- | ---: | ---: | ---: |");
            foreach (var writers in new[] { 1, 16, 256 })
            {
                // Warm both paths (JIT, connection) before measuring.
                await WritesAsync(ours, 4, TimeSpan.FromMilliseconds(300), "warm", cancellationToken);
                await WritesAsync(reference, 4, TimeSpan.FromMilliseconds(300), "warm", cancellationToken);
                var a = await WritesAsync(ours, writers, WriteDuration, $"w{writers}", cancellationToken);
                var b = await WritesAsync(reference, writers, WriteDuration, $"w{writers}", cancellationToken);
                Row(output, $"writes/s, {writers} writer(s)", a.PerSecond, b.PerSecond, "0");
                Row(output, $"write p50 ms, {writers} writer(s)", a.P50, b.P50, "0.00");
                Row(output, $"write p99 ms, {writers} writer(s)", a.P99, b.P99, "0.00");
            }

            var rangeOurs = await RangeAsync(ours, cancellationToken);
            var rangeEtcd = await RangeAsync(reference, cancellationToken);
            Row(output, "range 10,000 keys, p50 ms", rangeOurs, rangeEtcd, "0.0");

            var watchOurs = await WatchAsync(ours, cancellationToken);
            var watchEtcd = await WatchAsync(reference, cancellationToken);
            Row(output, "watch delivery p50 ms, 100 watchers", watchOurs.P50, watchEtcd.P50, "0.00");
            Row(output, "watch delivery p99 ms, 100 watchers", watchOurs.P99, watchEtcd.P99, "0.00");
            await storage.DisposeAsync();

            output.WriteLine();
            await FileSizeAsync(output, Path.Combine(directory, "compaction.db"), cancellationToken);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// A million updates to a thousand keys, compacting as the automatic policy does once its retention has
    /// passed (to 1,000 revisions behind, here every 50,000 updates): the file must stay a small multiple of
    /// the live data, not grow with the history.
    /// </summary>
    private static async Task FileSizeAsync(TextWriter output, string path, CancellationToken cancellationToken)
    {
        const int keys = 1000;
        const int updates = 1_000_000;
        const int writers = 64;
        var value = new byte[1024];
        Random.Shared.NextBytes(value);
        await using var storage = SqliteStorage.Open(path, new StorageOptions { CompactionInterval = TimeSpan.Zero });
        long peak = 0;
        var next = 0;
        var clock = Stopwatch.StartNew();
        while (next < updates && !cancellationToken.IsCancellationRequested)
        {
            var end = next + 50_000;
            await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
            {
                for (var i = next + writer; i < end; i += writers)
                {
                    await storage.PutAsync($"/registry/configmaps/bench/{i % keys:D4}", value);
                }
            }, cancellationToken)));
            next = end;
            peak = Math.Max(peak, (await storage.GetStatusAsync(cancellationToken)).DbSizeBytes);
            await storage.CompactAsync(await storage.GetCurrentRevisionAsync(cancellationToken) - 1000, cancellationToken);
        }

        var elapsed = clock.Elapsed;
        var status = await storage.GetStatusAsync(cancellationToken);
        long live = 0;
        foreach (var kv in await storage.ListAllAsync("/registry/", cancellationToken: cancellationToken))
        {
            live += kv.Key.Length + kv.Value.Length;
        }

        output.WriteLine($"File size after {updates:N0} updates to {keys:N0} keys of 1 KiB ({elapsed.TotalSeconds:0} s, compaction to 1,000 revisions behind every 50,000):");
        output.WriteLine();
        output.WriteLine("| measure | bytes | ratio to live data |");
        output.WriteLine("| --- | ---: | ---: |");
        output.WriteLine($"| live keys and values | {live:N0} | 1.00 |");
        output.WriteLine($"| database file + WAL, peak | {peak:N0} | {(double)peak / live:0.00} |");
        output.WriteLine($"| database file + WAL, end | {status.DbSizeBytes:N0} | {(double)status.DbSizeBytes / live:0.00} |");
        output.WriteLine($"| pages in use, end | {status.DbSizeInUseBytes:N0} | {(double)status.DbSizeInUseBytes / live:0.00} |");
    }

    private static void Row(TextWriter output, string measure, double ours, double etcd, string format) =>
        output.WriteLine($"| {measure} | {ours.ToString(format)} | {etcd.ToString(format)} | {(ours / etcd).ToString("0.00")} |");

    /// <summary>Each writer puts 1 KiB values to its own keys until the time is up; every put is awaited (acknowledged).</summary>
    private static async Task<(double PerSecond, double P50, double P99)> WritesAsync(StoreUnderTest store, int writers, TimeSpan duration, string tag, CancellationToken cancellationToken)
    {
        var value = new byte[1024];
        Random.Shared.NextBytes(value);
        var latencies = new List<double>[writers];
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var mine = latencies[writer] = [];
            for (var i = 0; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await store.PutAsync($"/bench/{tag}/{writer}/{i % 100}", value);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).ToList();
        return (all.Count / elapsed.TotalSeconds, Percentiles.Of(all, 50), Percentiles.Of(all, 99));
    }

    /// <summary>Loads 10,000 keys of 1 KiB, then reads the whole prefix repeatedly; returns the median time.</summary>
    private static async Task<double> RangeAsync(StoreUnderTest store, CancellationToken cancellationToken)
    {
        var value = new byte[1024];
        Random.Shared.NextBytes(value);
        for (var batch = 0; batch < 10_000; batch += 500)
        {
            await Task.WhenAll(Enumerable.Range(batch, 500).Select(i => store.PutAsync($"/range/{i:D5}", value)));
        }

        var times = new List<double>();
        for (var i = 0; i < 12 && !cancellationToken.IsCancellationRequested; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var count = await store.RangeAsync("/range/");
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (count != 10_000)
            {
                throw new InvalidOperationException($"{store.Name}: range returned {count} keys");
            }
        }

        return Percentiles.Of(times.Skip(2).ToList(), 50);
    }

    /// <summary>
    /// 100 watchers on one prefix; one writer puts 400 values, each carrying the time it was sent, one every 2 ms
    /// or so. Latency is from the put's start to each watcher's receipt.
    /// </summary>
    private static async Task<(double P50, double P99)> WatchAsync(StoreUnderTest store, CancellationToken cancellationToken)
    {
        const int watchers = 100;
        const int events = 400;
        var latencies = new List<double>(watchers * events);
        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loops = new List<Task>();
        for (var i = 0; i < watchers; i++)
        {
            loops.Add(await store.WatchAsync("/watch/", value =>
            {
                var sent = BinaryPrimitives.ReadInt64LittleEndian(value.Span);
                var latency = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(latency);
                    if (++received == watchers * events)
                    {
                        done.TrySetResult();
                    }
                }
            }, stop.Token));
        }

        var payload = new byte[512];
        for (var i = 0; i < events; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(payload, Stopwatch.GetTimestamp());
            await store.PutAsync($"/watch/{i % 10}", (byte[])payload.Clone());
            await Task.Delay(2, cancellationToken);
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(120), cancellationToken);
        await stop.CancelAsync();
        await Task.WhenAll(loops).WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        return (Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99));
    }
}

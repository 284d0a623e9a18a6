using System.Collections.Concurrent;
using System.Diagnostics;
using KubeSharp.Storage.Sqlite;
using KubeSharp.Storage.Tests.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace KubeSharp.Storage.Tests.Crash;

/// <summary>
/// The crash test: a child process runs a write storm and is killed with SIGKILL at a random moment, again and
/// again on the same database. After every kill, every write the child acknowledged must be there, whole, and
/// the history must be complete: one event per revision, no gaps, no torn value.
/// </summary>
public sealed class SqliteCrashTests : IDisposable
{
    private const int Rounds = 22;
    private const int Writers = 16;
    private readonly SqliteBackend _backend = new();
    private readonly ITestOutputHelper _output;

    public SqliteCrashTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task KilledDuringWriteStorm_KeepsEveryAcknowledgedWriteWhole()
    {
        var random = new Random(20250101);
        var counters = new Dictionary<string, long>();
        long verifiedRevision = 1;
        var totalAcks = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var acks = await RunAndKillAsync(round, TimeSpan.FromMilliseconds(random.Next(0, 400)));
            Assert.NotEmpty(acks);
            totalAcks += acks.Count;
            foreach (var ack in acks.Where(a => a.Key.StartsWith("/crash/counter/", StringComparison.Ordinal)))
            {
                counters[ack.Key] = Math.Max(counters.GetValueOrDefault(ack.Key), ack.Sequence);
            }

            AssertIntegrity();
            verifiedRevision = await VerifyAsync(round, acks, counters, verifiedRevision);
            _output.WriteLine($"round {round}: {acks.Count} acknowledged, revision {verifiedRevision}, all present");
        }

        Assert.True(totalAcks > Rounds * 10, $"only {totalAcks} acknowledged writes over {Rounds} kills");
    }

    public void Dispose() => _backend.Dispose();

    /// <summary>Starts the child, lets it write for a while after its first acknowledgement, and kills it (SIGKILL).</summary>
    private async Task<List<(string Key, long Sequence, long Revision)>> RunAndKillAsync(int round, TimeSpan stormLength)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", typeof(CrashWriter).Assembly.Location, CrashWriter.Mode, _backend.DatabasePath, round.ToString(), Writers.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the crash writer");
        var lines = new ConcurrentQueue<string>();
        var firstAck = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = child.StandardError.ReadToEndAsync();
        var reader = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                lines.Enqueue(line);
                if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    firstAck.TrySetResult();
                }
            }

            firstAck.TrySetResult();
        });
        try
        {
            await firstAck.Task.WaitAsync(TimeSpan.FromSeconds(60));
            if (child.HasExited)
            {
                Assert.Fail($"crash writer exited early ({child.ExitCode}): {await errors}");
            }

            await Task.Delay(stormLength);
            child.Kill(); // SIGKILL on Linux: no handler, no flush, no dispose.
            await child.WaitForExitAsync();
            await reader;
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
            }
        }

        var acks = new List<(string, long, long)>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            if (parts is ["ack", var key, var sequence, var revision, "."])
            {
                acks.Add((key, long.Parse(sequence), long.Parse(revision)));
            }
        }

        return acks;
    }

    private void AssertIntegrity()
    {
        using var connection = new SqliteConnection($"Data Source={_backend.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", command.ExecuteScalar());
    }

    private async Task<long> VerifyAsync(int round, List<(string Key, long Sequence, long Revision)> acks, Dictionary<string, long> counters, long verifiedRevision)
    {
        await using var storage = SqliteStorage.Open(_backend.DatabasePath, new StorageOptions { CompactionInterval = TimeSpan.Zero });
        var current = await storage.GetCurrentRevisionAsync();
        Assert.True(current >= acks.Max(a => a.Revision), $"round {round}: revision {current} is behind an acknowledged write");

        foreach (var (key, sequence, revision) in acks.Where(a => !a.Key.StartsWith("/crash/counter/", StringComparison.Ordinal)))
        {
            var kv = await storage.GetAsync(key);
            Assert.True(kv is not null, $"round {round}: acknowledged {key}@{revision} is missing");
            Assert.Equal(revision, kv.ModRevision);
            Assert.Equal(sequence, CrashPayload.Verify(key, kv.Value.Span));
        }

        foreach (var (key, sequence) in counters)
        {
            var kv = await storage.GetAsync(key);
            Assert.True(kv is not null, $"round {round}: counter {key} is missing");
            var stored = CrashPayload.Verify(key, kv.Value.Span);
            Assert.True(stored >= sequence, $"round {round}: {key} holds {stored}, behind acknowledged {sequence}");
        }

        foreach (var kv in await storage.ListAllAsync("/crash/"))
        {
            Assert.True(CrashPayload.Verify(kv.Key, kv.Value.Span) is not null, $"round {round}: {kv.Key} holds a torn value");
        }

        // The history since the last check: exactly one event per revision, each whole.
        var next = verifiedRevision + 1;
        if (next <= current)
        {
            await foreach (var response in storage.WatchAsync(new WatchOptions("") { Prefix = true, StartRevision = next }))
            {
                foreach (var watchEvent in response.Events)
                {
                    Assert.Equal(next, watchEvent.Revision);
                    Assert.True(watchEvent.Type == WatchEventType.Delete || CrashPayload.Verify(watchEvent.Kv.Key, watchEvent.Kv.Value.Span) is not null);
                    next++;
                }

                if (response.Revision >= current)
                {
                    break;
                }
            }
        }

        Assert.Equal(current + 1, next);
        return current;
    }
}

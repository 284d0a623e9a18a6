using System.Text;

namespace KubeSharp.Storage.Tests.Sqlite;

/// <summary>What only a durable backend promises: restarts keep everything, and compaction bounds the file.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private static readonly StorageOptions NoAutomaticCompaction = new() { CompactionInterval = TimeSpan.Zero };
    private readonly SqliteBackend _backend = new();
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task Reopen_AfterClose_KeepsValuesRevisionsHistoryAndLeases()
    {
        long revision, lease, created;
        await using (var storage = _backend.Open(NoAutomaticCompaction, _time))
        {
            lease = await storage.GrantLeaseAsync(TimeSpan.FromSeconds(30));
            created = (await storage.CreateAsync("/a", Encoding.UTF8.GetBytes("one"))).ModRevision;
            await storage.UpdateAsync("/a", Encoding.UTF8.GetBytes("two"), created);
            await storage.PutAsync("/leased", Encoding.UTF8.GetBytes("x"), lease);
            revision = await storage.GetCurrentRevisionAsync();
        }

        _time.Advance(TimeSpan.FromSeconds(20));
        await using (var storage = _backend.Open(NoAutomaticCompaction, _time))
        {
            Assert.Equal(revision, await storage.GetCurrentRevisionAsync());
            Assert.Equal("one", Encoding.UTF8.GetString((await storage.GetAsync("/a", created))!.Value.Span));
            Assert.Equal(revision + 1, (await storage.PutAsync("/b", new byte[1])).ModRevision);

            // As etcd after a restart: the lease gets its full TTL again.
            var status = await storage.GetLeaseAsync(lease);
            Assert.NotNull(status);
            Assert.Equal(TimeSpan.FromSeconds(30), status.RemainingTtl);
            Assert.Equal(["/leased"], status.Keys);
        }
    }

    [Fact]
    public async Task Compaction_ManyUpdatesToFewKeys_KeepsTheFileNearTheLiveData()
    {
        const int keys = 100;
        var value = new byte[1024];
        Random.Shared.NextBytes(value);
        await using var storage = _backend.Open(NoAutomaticCompaction, _time);

        // 30 MiB of history over 100 KiB of live data, compacting every 5,000 updates.
        for (var round = 0; round < 6; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 16).Select(writer => Task.Run(async () =>
            {
                for (var i = writer; i < 5000; i += 16)
                {
                    await storage.PutAsync($"/cm/{i % keys:D3}", value);
                }
            })));
            await storage.CompactAsync(await storage.GetCurrentRevisionAsync());
        }

        var status = await storage.GetStatusAsync();
        var live = keys * (value.Length + 7);
        Assert.True(status.DbSizeBytes < (3 * live) + (2 << 20), $"file is {status.DbSizeBytes} bytes for {live} bytes of live data");
        Assert.Equal(keys, (await storage.RangeAsync(new RangeOptions("/cm/") { CountOnly = true })).Count);
    }

    [Fact]
    public async Task Open_SchemaFromTheFuture_RefusesToStart()
    {
        await (await Task.FromResult(_backend.Open(NoAutomaticCompaction, _time))).DisposeAsync();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_backend.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = 99 WHERE name = 'schema_version';";
            command.ExecuteNonQuery();
        }

        Assert.Throws<StorageUnavailableException>(() => _backend.Open(NoAutomaticCompaction, _time));
    }

    public void Dispose() => _backend.Dispose();
}

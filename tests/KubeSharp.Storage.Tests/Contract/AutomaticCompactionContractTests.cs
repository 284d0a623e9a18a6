namespace KubeSharp.Storage.Tests.Contract;

/// <summary>
/// Automatic compaction keeps the retention period and the minimum revision count, whichever keeps more,
/// tested in virtual time: compaction runs every minute, keeps 5 minutes and at least 10 revisions.
/// </summary>
public abstract class AutomaticCompactionContractTests : StorageContractTestBase
{
    protected override StorageOptions Options => base.Options with
    {
        CompactionInterval = TimeSpan.FromMinutes(1),
        CompactionRetention = TimeSpan.FromMinutes(5),
        CompactionMinRevisions = 10,
    };

    [Fact]
    public async Task AutomaticCompaction_CompactsToTheRevisionSeenOneRetentionAgo()
    {
        await WriteAsync(50);
        Time.Advance(TimeSpan.FromMinutes(1));
        var seenAtOneMinute = await Storage.GetCurrentRevisionAsync();
        await WriteAsync(50);

        for (var minute = 2; minute <= 5; minute++)
        {
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(0, (await Storage.GetStatusAsync()).CompactRevision);
        Time.Advance(TimeSpan.FromMinutes(1));

        await WaitForCompactRevisionAsync(seenAtOneMinute);
        await Assert.ThrowsAsync<CompactedException>(() => Storage.GetAsync("/auto/0", seenAtOneMinute - 1));
        Assert.NotNull(await Storage.GetAsync("/auto/0", seenAtOneMinute));
    }

    [Fact]
    public async Task AutomaticCompaction_KeepsTheMinimumRevisionsWhateverTheirAge()
    {
        await WriteAsync(8);

        Time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(0, (await Storage.GetStatusAsync()).CompactRevision);
        var current = await Storage.GetCurrentRevisionAsync();
        await WriteAsync(10);
        Time.Advance(TimeSpan.FromMinutes(6));
        await WaitForCompactRevisionAsync(current);
    }

    private async Task WriteAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Storage.PutAsync($"/auto/{i % 3}", Bytes($"v{i}"));
        }
    }

    private async Task WaitForCompactRevisionAsync(long revision)
    {
        // Backends may finish compaction in the background; wait for it, bounded.
        using var patience = new CancellationTokenSource(Patience);
        while ((await Storage.GetStatusAsync()).CompactRevision != revision)
        {
            Assert.True((await Storage.GetStatusAsync()).CompactRevision < revision, "compacted past the retention");
            await Task.Delay(10, patience.Token);
        }
    }
}

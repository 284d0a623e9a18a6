namespace KubeSharp.Storage.Tests.Contract;

/// <summary>Compaction: what stays readable, what fails with the compact revision, and automatic retention.</summary>
public abstract class CompactionContractTests : StorageContractTestBase
{
    [Fact]
    public async Task Compact_KeepsTheLatestVersionOfEveryLiveKey()
    {
        var a = await Storage.CreateAsync("/a", Bytes("a1"));
        a = await Storage.UpdateAsync("/a", Bytes("a2"), a.ModRevision);
        await Storage.CreateAsync("/b", Bytes("b1"));
        await Storage.DeleteAsync("/b");
        var c = await Storage.CreateAsync("/c", Bytes("c1"));
        var compactTo = await Storage.GetCurrentRevisionAsync();
        await Storage.UpdateAsync("/c", Bytes("c2"), c.ModRevision);

        await Storage.CompactAsync(compactTo);

        var atCompact = await Storage.RangeAsync(new RangeOptions("/") { Revision = compactTo });
        Assert.Equal(["/a=a2", "/c=c1"], atCompact.Kvs.Select(kv => $"{kv.Key}={Text(kv)}"));
        Assert.Equal(a.ModRevision, atCompact.Kvs[0].ModRevision);
        var now = await Storage.RangeAsync(new RangeOptions("/"));
        Assert.Equal(["/a=a2", "/c=c2"], now.Kvs.Select(kv => $"{kv.Key}={Text(kv)}"));
        Assert.Equal(compactTo, (await Storage.GetStatusAsync()).CompactRevision);
    }

    [Fact]
    public async Task Read_BelowCompactRevision_ThrowsCompacted()
    {
        var first = await Storage.PutAsync("/k", Bytes("1"));
        await Storage.PutAsync("/k", Bytes("2"));
        var compactTo = (await Storage.PutAsync("/k", Bytes("3"))).ModRevision;
        await Storage.CompactAsync(compactTo);

        var get = await Assert.ThrowsAsync<CompactedException>(() => Storage.GetAsync("/k", first.ModRevision));
        var range = await Assert.ThrowsAsync<CompactedException>(() => Storage.RangeAsync(new RangeOptions("/") { Revision = compactTo - 1 }));

        Assert.Equal(compactTo, get.CompactRevision);
        Assert.Equal(compactTo, range.CompactRevision);
        Assert.Equal("3", Text((await Storage.GetAsync("/k", compactTo))!));
    }

    [Fact]
    public async Task Compact_AtOrBelowCompacted_ThrowsCompacted_AndPastCurrent_ThrowsFuture()
    {
        await Storage.PutAsync("/k", Bytes("1"));
        var current = (await Storage.PutAsync("/k", Bytes("2"))).ModRevision;
        await Storage.CompactAsync(current - 1);

        await Assert.ThrowsAsync<CompactedException>(() => Storage.CompactAsync(current - 1));
        await Assert.ThrowsAsync<FutureRevisionException>(() => Storage.CompactAsync(current + 1));
    }

    [Fact]
    public async Task Compact_DeletedKeyAtCompaction_IsGoneFromHistoryButNewWritesWork()
    {
        await Storage.CreateAsync("/gone", Bytes("x"));
        var deleted = await Storage.DeleteAsync("/gone");
        await Storage.CompactAsync(deleted.Revision);

        Assert.Null(await Storage.GetAsync("/gone", deleted.Revision));
        var again = await Storage.CreateAsync("/gone", Bytes("y"));
        Assert.Equal(1, again.Version);
    }
}

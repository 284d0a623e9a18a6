namespace KubeSharp.Storage.Tests.Contract;

/// <summary>Reads and guarded writes: revisions, versions, compare-and-swap, ranges and pagination.</summary>
public abstract class KvContractTests : StorageContractTestBase
{
    [Fact]
    public async Task Create_NewKey_StartsAtVersionOneWithNextRevision()
    {
        var before = await Storage.GetCurrentRevisionAsync();

        var kv = await Storage.CreateAsync("/registry/pods/default/a", Bytes("one"));

        Assert.Equal(before + 1, kv.ModRevision);
        Assert.Equal(kv.ModRevision, kv.CreateRevision);
        Assert.Equal(1, kv.Version);
        Assert.Equal(kv.ModRevision, await Storage.GetCurrentRevisionAsync());
        var read = await Storage.GetAsync("/registry/pods/default/a");
        Assert.NotNull(read);
        Assert.Equal("one", Text(read));
        Assert.Equal(kv.ModRevision, read.ModRevision);
    }

    [Fact]
    public async Task Create_ExistingKey_ThrowsKeyExistsAndWritesNothing()
    {
        await Storage.CreateAsync("/k", Bytes("one"));
        var revision = await Storage.GetCurrentRevisionAsync();

        var error = await Assert.ThrowsAsync<KeyExistsException>(() => Storage.CreateAsync("/k", Bytes("two")));

        Assert.Equal("/k", error.Key);
        Assert.Equal(revision, await Storage.GetCurrentRevisionAsync());
        Assert.Equal("one", Text((await Storage.GetAsync("/k"))!));
    }

    [Fact]
    public async Task Update_MatchingModRevision_ReplacesValueAndCountsVersion()
    {
        var created = await Storage.CreateAsync("/k", Bytes("one"));

        var updated = await Storage.UpdateAsync("/k", Bytes("two"), created.ModRevision);

        Assert.Equal(created.ModRevision + 1, updated.ModRevision);
        Assert.Equal(created.CreateRevision, updated.CreateRevision);
        Assert.Equal(2, updated.Version);
        Assert.Equal("two", Text((await Storage.GetAsync("/k"))!));
    }

    [Fact]
    public async Task Update_StaleModRevision_ThrowsConflictCarryingCurrent()
    {
        var created = await Storage.CreateAsync("/k", Bytes("one"));
        var second = await Storage.UpdateAsync("/k", Bytes("two"), created.ModRevision);

        var error = await Assert.ThrowsAsync<ConflictException>(() => Storage.UpdateAsync("/k", Bytes("three"), created.ModRevision));

        Assert.Equal(second.ModRevision, error.Current.ModRevision);
        Assert.Equal("two", Text(error.Current));
        Assert.Equal("two", Text((await Storage.GetAsync("/k"))!));
    }

    [Fact]
    public async Task Update_MissingKey_ThrowsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Storage.UpdateAsync("/missing", Bytes("x"), 5));
    }

    [Fact]
    public async Task Delete_Guarded_RefusesStaleAndDeletesCurrent()
    {
        var created = await Storage.CreateAsync("/k", Bytes("one"));
        var updated = await Storage.UpdateAsync("/k", Bytes("two"), created.ModRevision);

        await Assert.ThrowsAsync<ConflictException>(() => Storage.DeleteAsync("/k", created.ModRevision));
        var deleted = await Storage.DeleteAsync("/k", updated.ModRevision);

        Assert.Equal(updated.ModRevision + 1, deleted.Revision);
        Assert.Equal("two", Text(deleted.PrevKv));
        Assert.Null(await Storage.GetAsync("/k"));
        await Assert.ThrowsAsync<NotFoundException>(() => Storage.DeleteAsync("/k"));
    }

    [Fact]
    public async Task Create_AfterDelete_StartsANewGeneration()
    {
        var first = await Storage.CreateAsync("/k", Bytes("one"));
        await Storage.DeleteAsync("/k");

        var again = await Storage.CreateAsync("/k", Bytes("again"));

        Assert.Equal(1, again.Version);
        Assert.Equal(again.ModRevision, again.CreateRevision);
        Assert.True(again.CreateRevision > first.CreateRevision);
    }

    [Fact]
    public async Task Get_AtOldRevision_ReturnsTheVersionLiveThen()
    {
        var one = await Storage.CreateAsync("/k", Bytes("one"));
        var two = await Storage.UpdateAsync("/k", Bytes("two"), one.ModRevision);
        var deleted = await Storage.DeleteAsync("/k");

        Assert.Null(await Storage.GetAsync("/k", one.ModRevision - 1));
        Assert.Equal("one", Text((await Storage.GetAsync("/k", one.ModRevision))!));
        Assert.Equal("two", Text((await Storage.GetAsync("/k", two.ModRevision))!));
        Assert.Null(await Storage.GetAsync("/k", deleted.Revision));
    }

    [Fact]
    public async Task Get_FutureRevision_ThrowsFutureRevision()
    {
        var current = await Storage.GetCurrentRevisionAsync();

        var error = await Assert.ThrowsAsync<FutureRevisionException>(() => Storage.GetAsync("/k", current + 1));

        Assert.Equal(current, error.CurrentRevision);
    }

    [Fact]
    public async Task Range_Prefix_ReturnsOnlyPrefixedKeysInByteOrder()
    {
        // UTF-8 byte order: U+FFFD (EF BF BD) sorts before U+1F600 (F0 9F 98 80), unlike UTF-16 order.
        string[] keys = ["/a/b", "/a/\U0001F600", "/a/\uFFFD", "/a/a", "/a", "/b/a", "/a/a/x"];
        foreach (var key in keys)
        {
            await Storage.CreateAsync(key, Bytes(key));
        }

        var result = await Storage.RangeAsync(new RangeOptions("/a/"));

        Assert.Equal(["/a/a", "/a/a/x", "/a/b", "/a/\uFFFD", "/a/\U0001F600"], result.Kvs.Select(kv => kv.Key));
        Assert.Equal(5, result.Count);
        Assert.False(result.More);
        Assert.Equal(await Storage.GetCurrentRevisionAsync(), result.Revision);
    }

    [Fact]
    public async Task Range_EmptyPrefix_ReturnsEveryKey()
    {
        await Storage.CreateAsync("/x", Bytes("1"));
        await Storage.CreateAsync("a", Bytes("2"));

        var result = await Storage.RangeAsync(new RangeOptions(""));

        Assert.Equal(["/x", "a"], result.Kvs.Select(kv => kv.Key));
    }

    [Fact]
    public async Task Range_LimitAndStartKey_PaginatesConsistentlyAtOneRevision()
    {
        for (var i = 0; i < 10; i++)
        {
            await Storage.CreateAsync($"/p/{i:D2}", Bytes($"v{i}"));
        }

        var first = await Storage.RangeAsync(new RangeOptions("/p/") { Limit = 4 });
        await Storage.DeleteAsync("/p/05");
        await Storage.CreateAsync("/p/04x", Bytes("late"));
        var second = await Storage.RangeAsync(new RangeOptions("/p/") { Limit = 4, StartKey = first.Kvs[^1].Key + "\0", Revision = first.Revision });

        Assert.Equal(["/p/00", "/p/01", "/p/02", "/p/03"], first.Kvs.Select(kv => kv.Key));
        Assert.True(first.More);
        Assert.Equal(10, first.Count);
        Assert.Equal(["/p/04", "/p/05", "/p/06", "/p/07"], second.Kvs.Select(kv => kv.Key));
        Assert.Equal(6, second.Count);
        Assert.Equal(first.Revision, second.Revision);
    }

    [Fact]
    public async Task Range_CountOnly_CountsWithoutValues()
    {
        for (var i = 0; i < 5; i++)
        {
            await Storage.CreateAsync($"/c/{i}", Bytes("v"));
        }

        var result = await Storage.RangeAsync(new RangeOptions("/c/") { CountOnly = true });

        Assert.Empty(result.Kvs);
        Assert.Equal(5, result.Count);
    }

    [Fact]
    public async Task Range_AtRevision_IgnoresLaterWrites()
    {
        var a = await Storage.CreateAsync("/r/a", Bytes("a1"));
        await Storage.CreateAsync("/r/b", Bytes("b1"));
        var snapshot = await Storage.GetCurrentRevisionAsync();
        await Storage.UpdateAsync("/r/a", Bytes("a2"), a.ModRevision);
        await Storage.DeleteAsync("/r/b");
        await Storage.CreateAsync("/r/c", Bytes("c1"));

        var result = await Storage.RangeAsync(new RangeOptions("/r/") { Revision = snapshot });

        Assert.Equal(["a1", "b1"], result.Kvs.Select(Text));
    }

    [Fact]
    public async Task Put_OverLimit_ThrowsValueTooLarge()
    {
        var limit = Options.MaxValueBytes;

        var error = await Assert.ThrowsAsync<ValueTooLargeException>(() => Storage.PutAsync("/big", new byte[limit]));

        Assert.Equal(limit, error.Limit);
        Assert.Null(await Storage.GetAsync("/big"));
    }

    [Fact]
    public async Task Put_EmptyKey_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.PutAsync("", Bytes("x")));
    }

    [Fact]
    public async Task Put_EveryWrite_AdvancesTheRevisionByOne()
    {
        var start = await Storage.GetCurrentRevisionAsync();
        var revisions = new List<long>();

        revisions.Add((await Storage.PutAsync("/a", Bytes("1"))).ModRevision);
        revisions.Add((await Storage.PutAsync("/b", Bytes("1"))).ModRevision);
        revisions.Add((await Storage.PutAsync("/a", Bytes("2"))).ModRevision);
        revisions.Add((await Storage.DeleteAsync("/b")).Revision);

        Assert.Equal([start + 1, start + 2, start + 3, start + 4], revisions);
    }

    [Fact]
    public async Task GuaranteedUpdate_ConcurrentIncrements_LoseNoUpdate()
    {
        await Storage.CreateAsync("/counter", Bytes("0"));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                await Storage.GuaranteedUpdateAsync("/counter", (current, _) =>
                    ValueTask.FromResult<ReadOnlyMemory<byte>>(Bytes((int.Parse(Text(current!)) + 1).ToString())));
            }
        })));

        Assert.Equal("200", Text((await Storage.GetAsync("/counter"))!));
    }

    [Fact]
    public async Task GuaranteedUpdate_SameBytes_WritesNothing()
    {
        var created = await Storage.CreateAsync("/k", Bytes("same"));

        var result = await Storage.GuaranteedUpdateAsync("/k", (current, _) => ValueTask.FromResult(current!.Value));

        Assert.Equal(created.ModRevision, result.ModRevision);
        Assert.Equal(created.ModRevision, await Storage.GetCurrentRevisionAsync());
    }

    [Fact]
    public async Task GuaranteedUpdate_MissingKey_ThrowsUnlessIgnoreNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Storage.GuaranteedUpdateAsync("/k", (_, _) => ValueTask.FromResult<ReadOnlyMemory<byte>>(Bytes("x"))));

        var created = await Storage.GuaranteedUpdateAsync("/k", (current, _) => ValueTask.FromResult<ReadOnlyMemory<byte>>(Bytes(current is null ? "new" : "old")), ignoreNotFound: true);

        Assert.Equal("new", Text(created));
        Assert.Equal(1, created.Version);
    }

    [Fact]
    public async Task GuaranteedUpdate_StaleCachedVersion_RetriesFromStorage()
    {
        var stale = await Storage.CreateAsync("/k", Bytes("1"));
        await Storage.UpdateAsync("/k", Bytes("5"), stale.ModRevision);

        var result = await Storage.GuaranteedUpdateAsync("/k", (current, _) =>
            ValueTask.FromResult<ReadOnlyMemory<byte>>(Bytes((int.Parse(Text(current!)) + 1).ToString())), cachedExisting: stale);

        Assert.Equal("6", Text(result));
    }
}

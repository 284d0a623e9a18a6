namespace KubeSharp.Storage.Tests.Contract;

/// <summary>Watch: every event once, in revision order, no gaps, from any retained revision; progress; compaction.</summary>
public abstract class WatchContractTests : StorageContractTestBase
{
    /// <summary>A small log, so the tests also cover watches that fall out of it and catch up from history.</summary>
    protected override StorageOptions Options => base.Options with { WatchLogCapacity = 16 };

    [Fact]
    public async Task Watch_FromEveryRetainedRevision_DeliversExactlyTheLaterEventsInOrder()
    {
        var first = await Storage.GetCurrentRevisionAsync() + 1;
        var expected = await WriteMixedHistoryAsync("/w/", 60);

        for (var start = first; start <= expected[^1].Revision; start += 7)
        {
            await using var watch = Storage.WatchAsync(new WatchOptions("/w/") { Prefix = true, StartRevision = start, PrevKv = true }).GetAsyncEnumerator();
            var wanted = expected.Where(e => e.Revision >= start).ToList();

            var events = await TakeEventsAsync(watch, wanted.Count);

            Assert.Equal(wanted.Select(Describe), events.Select(Describe));
        }
    }

    [Fact]
    public async Task Watch_Prefix_SkipsOtherKeysAndReportsProgressPastThem()
    {
        var start = await Storage.GetCurrentRevisionAsync() + 1;
        await Storage.PutAsync("/a/1", Bytes("x"));
        await Storage.PutAsync("/ab", Bytes("not under /a/"));
        await Storage.PutAsync("/b/1", Bytes("y"));
        var last = await Storage.PutAsync("/a/2", Bytes("z"));

        await using var watch = Storage.WatchAsync(new WatchOptions("/a/") { Prefix = true, StartRevision = start }).GetAsyncEnumerator();
        var events = await TakeEventsAsync(watch, 2);

        Assert.Equal(["/a/1", "/a/2"], events.Select(e => e.Kv.Key));
        Assert.Equal(last.ModRevision, watch.Current.Revision);
    }

    [Fact]
    public async Task Watch_SingleKey_IgnoresKeysWithThatPrefix()
    {
        var start = await Storage.GetCurrentRevisionAsync() + 1;
        await Storage.PutAsync("/k/longer", Bytes("x"));
        await Storage.PutAsync("/k", Bytes("y"));

        await using var watch = Storage.WatchAsync(new WatchOptions("/k") { StartRevision = start }).GetAsyncEnumerator();
        var events = await TakeEventsAsync(watch, 1);

        Assert.Equal("/k", Assert.Single(events).Kv.Key);
    }

    [Fact]
    public async Task Watch_Delete_CarriesTombstoneAndPreviousValue()
    {
        var created = await Storage.CreateAsync("/d", Bytes("gone soon"));
        await using var watch = Storage.WatchAsync(new WatchOptions("/d") { StartRevision = created.ModRevision, PrevKv = true }).GetAsyncEnumerator();
        var deleted = await Storage.DeleteAsync("/d");

        var events = await TakeEventsAsync(watch, 2);

        Assert.Equal(WatchEventType.Put, events[0].Type);
        Assert.Null(events[0].PrevKv);
        Assert.Equal(WatchEventType.Delete, events[1].Type);
        Assert.Equal(deleted.Revision, events[1].Kv.ModRevision);
        Assert.Equal(0, events[1].Kv.Version);
        Assert.True(events[1].Kv.Value.IsEmpty);
        Assert.Equal("gone soon", Text(events[1].PrevKv!));
    }

    [Fact]
    public async Task Watch_WithoutPrevKv_LeavesItOut()
    {
        var created = await Storage.CreateAsync("/p", Bytes("1"));
        await Storage.UpdateAsync("/p", Bytes("2"), created.ModRevision);

        await using var watch = Storage.WatchAsync(new WatchOptions("/p") { StartRevision = created.ModRevision }).GetAsyncEnumerator();
        var events = await TakeEventsAsync(watch, 2);

        Assert.All(events, e => Assert.Null(e.PrevKv));
    }

    [Fact]
    public async Task Watch_FromNow_SeesOnlyLaterWrites()
    {
        await Storage.PutAsync("/n", Bytes("before"));
        await using var watch = Storage.WatchAsync(new WatchOptions("/n")).GetAsyncEnumerator();
        var pending = watch.MoveNextAsync().AsTask();

        await Storage.PutAsync("/n", Bytes("after"));

        Assert.True(await pending.WaitAsync(Patience));
        Assert.Equal("after", Text(Assert.Single(watch.Current.Events).Kv));
    }

    [Fact]
    public async Task Watch_FutureStartRevision_WaitsForIt()
    {
        var current = await Storage.GetCurrentRevisionAsync();
        await using var watch = Storage.WatchAsync(new WatchOptions("/f") { StartRevision = current + 2 }).GetAsyncEnumerator();
        var pending = watch.MoveNextAsync().AsTask();

        await Storage.PutAsync("/f", Bytes("skipped"));
        await Storage.PutAsync("/f", Bytes("seen"));

        Assert.True(await pending.WaitAsync(Patience));
        Assert.Equal("seen", Text(Assert.Single(watch.Current.Events).Kv));
    }

    [Fact]
    public async Task Watch_SlowConsumerFarBehindTheLog_CatchesUpWithoutGaps()
    {
        await using var watch = Storage.WatchAsync(new WatchOptions("/slow/") { Prefix = true, PrevKv = true }).GetAsyncEnumerator();
        var pending = watch.MoveNextAsync().AsTask();

        // 40 times the log's capacity, written while the consumer reads nothing.
        var expected = await WriteMixedHistoryAsync("/slow/", 640);

        Assert.True(await pending.WaitAsync(Patience));
        var events = new List<WatchEvent>(watch.Current.Events);
        events.AddRange(await TakeEventsAsync(watch, expected.Count - events.Count));
        Assert.Equal(expected.Select(Describe), events.Select(Describe));
    }

    [Fact]
    public async Task Watch_ConcurrentWriters_DeliverEveryEventInRevisionOrder()
    {
        await using var watch = Storage.WatchAsync(new WatchOptions("/c/") { Prefix = true }).GetAsyncEnumerator();
        var pending = watch.MoveNextAsync().AsTask();

        var written = await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            var revisions = new List<long>();
            for (var i = 0; i < 30; i++)
            {
                revisions.Add((await Storage.PutAsync($"/c/{writer}/{i % 5}", Bytes($"{writer}.{i}"))).ModRevision);
            }

            return revisions;
        })));

        Assert.True(await pending.WaitAsync(Patience));
        var events = new List<WatchEvent>(watch.Current.Events);
        events.AddRange(await TakeEventsAsync(watch, 240 - events.Count));
        Assert.Equal(written.SelectMany(r => r).Order(), events.Select(e => e.Revision));
    }

    [Fact]
    public async Task Watch_FromCompactedRevision_ThrowsCompactedWithTheCompactRevision()
    {
        await WriteMixedHistoryAsync("/x/", 10);
        var compactTo = await Storage.GetCurrentRevisionAsync() - 3;
        await Storage.CompactAsync(compactTo);

        await using var watch = Storage.WatchAsync(new WatchOptions("/x/") { Prefix = true, StartRevision = compactTo }).GetAsyncEnumerator();
        var error = await Assert.ThrowsAsync<CompactedException>(() => watch.MoveNextAsync().AsTask());

        Assert.Equal(compactTo, error.CompactRevision);
    }

    [Fact]
    public async Task Watch_JustAfterCompactRevision_DeliversTheRest()
    {
        var expected = await WriteMixedHistoryAsync("/y/", 20);
        var compactTo = expected[9].Revision;
        await Storage.CompactAsync(compactTo);

        await using var watch = Storage.WatchAsync(new WatchOptions("/y/") { Prefix = true, StartRevision = compactTo + 1, PrevKv = true }).GetAsyncEnumerator();
        var events = await TakeEventsAsync(watch, 10);

        Assert.Equal(expected.Skip(10).Select(Describe), events.Select(Describe));
    }

    [Fact]
    public async Task Watch_ConsumerBehindACompaction_EndsWithCompactedNeverSilently()
    {
        var start = await Storage.GetCurrentRevisionAsync() + 1;
        await using var watch = Storage.WatchAsync(new WatchOptions("/z/") { Prefix = true, StartRevision = start }).GetAsyncEnumerator();
        Assert.True(await TakeFirstAsync(watch, async () => await Storage.PutAsync("/z/start", Bytes("0"))));

        // Far more than the log holds, then compaction of what the consumer has not read.
        await WriteMixedHistoryAsync("/z/", 200);
        await Storage.CompactAsync(await Storage.GetCurrentRevisionAsync() - 1);

        await Assert.ThrowsAsync<CompactedException>(async () =>
        {
            while (await watch.MoveNextAsync().AsTask().WaitAsync(Patience))
            {
            }
        });
    }

    [Fact]
    public async Task RequestProgress_IdleWatch_GetsTheCurrentRevision()
    {
        using var stop = new CancellationTokenSource();
        await using var watch = Storage.WatchAsync(new WatchOptions("/idle/") { Prefix = true }, stop.Token).GetAsyncEnumerator();
        var pending = watch.MoveNextAsync().AsTask();
        var other = await Storage.PutAsync("/elsewhere", Bytes("x"));

        // Whether or not the watch has looked at the unrelated write yet, the notification must cover it.
        WatchResponse response;
        do
        {
            await Storage.RequestProgressAsync();
            Assert.True(await pending.WaitAsync(Patience));
            response = watch.Current;
            pending = watch.MoveNextAsync().AsTask();
        }
        while (response.Revision < other.ModRevision);

        Assert.True(response.IsProgressNotify);
        Assert.Equal(other.ModRevision, response.Revision);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task ProgressNotify_IdleForTheInterval_SendsANotification()
    {
        var revision = await Storage.GetCurrentRevisionAsync();
        await using var watch = Storage.WatchAsync(new WatchOptions("/quiet/") { Prefix = true, ProgressNotify = true }).GetAsyncEnumerator();
        var pending = watch.MoveNextAsync().AsTask();
        await Task.Delay(50);
        Assert.False(pending.IsCompleted);

        // The watch may not have armed its idle timer yet; keep moving virtual time until it fires.
        while (!pending.IsCompleted)
        {
            Time.Advance(Options.ProgressNotifyInterval);
            await Task.WhenAny(pending, Task.Delay(20));
        }

        Assert.True(await pending);
        Assert.True(watch.Current.IsProgressNotify);
        Assert.Equal(revision, watch.Current.Revision);
    }

    [Fact]
    public async Task Watch_StorageClosed_EndsWithUnavailable()
    {
        await using var watch = Storage.WatchAsync(new WatchOptions("/closing/") { Prefix = true }).GetAsyncEnumerator();
        var pending = watch.MoveNextAsync().AsTask();

        await Storage.DisposeAsync();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => pending.WaitAsync(Patience));
    }

    /// <summary>Writes creates, updates and deletes over a few keys; returns the events a full watch must see.</summary>
    protected async Task<List<WatchEvent>> WriteMixedHistoryAsync(string prefix, int count)
    {
        var events = new List<WatchEvent>();
        var live = new Dictionary<string, KeyValue>();
        for (var i = 0; i < count; i++)
        {
            var key = $"{prefix}{i % 4}";
            if (live.TryGetValue(key, out var current) && i % 5 == 0)
            {
                var deleted = await Storage.DeleteAsync(key, current.ModRevision);
                events.Add(new WatchEvent(WatchEventType.Delete, new KeyValue(key, ReadOnlyMemory<byte>.Empty, 0, deleted.Revision, 0, 0), current));
                live.Remove(key);
            }
            else
            {
                var kv = current is null
                    ? await Storage.CreateAsync(key, Bytes($"v{i}"))
                    : await Storage.UpdateAsync(key, Bytes($"v{i}"), current.ModRevision);
                events.Add(new WatchEvent(WatchEventType.Put, kv, current));
                live[key] = kv;
            }
        }

        return events;
    }

    private static async Task<bool> TakeFirstAsync(IAsyncEnumerator<WatchResponse> watch, Func<Task> write)
    {
        var pending = watch.MoveNextAsync().AsTask();
        await write();
        return await pending.WaitAsync(Patience);
    }

    private static string Describe(WatchEvent e) =>
        $"{e.Type} {e.Kv.Key}@{e.Kv.ModRevision} c{e.Kv.CreateRevision} v{e.Kv.Version} '{System.Text.Encoding.UTF8.GetString(e.Kv.Value.Span)}'"
        + (e.PrevKv is null ? "" : $" prev@{e.PrevKv.ModRevision} '{System.Text.Encoding.UTF8.GetString(e.PrevKv.Value.Span)}'");
}

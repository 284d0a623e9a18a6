using System.Text;

namespace KubeSharp.Storage.Tests.Contract;

/// <summary>
/// Base of the backend-agnostic contract suite: a derived class names a backend by implementing
/// <see cref="CreateStorageAsync"/>, and inherits every test. Each test gets a fresh store on virtual time.
/// </summary>
public abstract class StorageContractTestBase : IAsyncLifetime
{
    /// <summary>Guards awaits against hanging forever; not a timing assertion.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    protected ManualTimeProvider Time { get; } = new();

    protected IStorage Storage { get; private set; } = null!;

    /// <summary>Options of the store under test; automatic compaction is off unless a test turns it on.</summary>
    protected virtual StorageOptions Options => new() { CompactionInterval = TimeSpan.Zero };

    /// <summary>Opens a fresh, empty store of the backend under test.</summary>
    protected abstract Task<IStorage> CreateStorageAsync(StorageOptions options, TimeProvider timeProvider);

    public virtual async Task InitializeAsync() => Storage = await CreateStorageAsync(Options, Time);

    public virtual async Task DisposeAsync() => await Storage.DisposeAsync();

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(KeyValue kv) => Encoding.UTF8.GetString(kv.Value.Span);

    /// <summary>Reads responses until <paramref name="count"/> events have arrived (progress notifications skipped).</summary>
    protected static async Task<List<WatchEvent>> TakeEventsAsync(IAsyncEnumerator<WatchResponse> watch, int count)
    {
        var events = new List<WatchEvent>();
        while (events.Count < count)
        {
            Assert.True(await watch.MoveNextAsync().AsTask().WaitAsync(Patience), "watch ended early");
            events.AddRange(watch.Current.Events);
        }

        return events;
    }
}

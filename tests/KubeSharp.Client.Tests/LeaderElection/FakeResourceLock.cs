using KubeSharp.Client.LeaderElection;

namespace KubeSharp.Client.Tests.LeaderElection;

/// <summary>One candidate's view of a <see cref="FakeLockStore"/>: like LeaseLock, it remembers the version it last read or wrote.</summary>
internal sealed class FakeResourceLock(FakeLockStore store, string identity) : IResourceLock
{
    private long _version = -1;

    public string Identity { get; } = identity;

    /// <summary>While set, every call fails as if the API server were unreachable.</summary>
    public bool Partitioned { get; set; }

    public List<string> Events { get; } = [];

    public Task<(LeaderElectionRecord Record, string Raw)?> GetAsync(CancellationToken cancellationToken)
    {
        ThrowIfPartitioned();
        if (store.Get() is not { } current)
        {
            return Task.FromResult<(LeaderElectionRecord, string)?>(null);
        }

        _version = current.Version;
        return Task.FromResult<(LeaderElectionRecord, string)?>((current.Record, current.Record.ToString() + "@" + current.Version));
    }

    public Task CreateAsync(LeaderElectionRecord record, CancellationToken cancellationToken)
    {
        ThrowIfPartitioned();
        _version = store.Create(record);
        return Task.CompletedTask;
    }

    public Task UpdateAsync(LeaderElectionRecord record, CancellationToken cancellationToken)
    {
        ThrowIfPartitioned();
        _version = store.Update(record, _version);
        return Task.CompletedTask;
    }

    public void RecordEvent(string message) => Events.Add(Identity + " " + message);

    public string Describe() => "kube-system/test-lock";

    private void ThrowIfPartitioned()
    {
        if (Partitioned)
        {
            throw new HttpRequestException("connection refused");
        }
    }
}

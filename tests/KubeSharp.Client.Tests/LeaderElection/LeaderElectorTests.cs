using KubeSharp.Client.LeaderElection;
using KubeSharp.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Client.Tests.LeaderElection;

public sealed class LeaderElectorTests
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(2);

    private readonly FakeTimeProvider _time = new();
    private readonly FakeLockStore _store;

    public LeaderElectorTests()
    {
        _store = new FakeLockStore(_time);
    }

    private sealed class Candidate
    {
        public required FakeResourceLock Lock { get; init; }

        public required LeaderElector Elector { get; init; }

        public CancellationTokenSource Stop { get; } = new();

        public Task? Run { get; set; }

        public int Started;

        public DateTimeOffset? StoppedAt { get; set; }

        public CancellationToken WorkToken { get; set; }

        public List<string> NewLeaders { get; } = [];
    }

    private Candidate NewCandidate(string identity, bool releaseOnCancel = true)
    {
        var resourceLock = new FakeResourceLock(_store, identity);
        Candidate? candidate = null;
        var config = new LeaderElectionConfig
        {
            Lock = resourceLock,
            ReleaseOnCancel = releaseOnCancel,
            Callbacks = new LeaderCallbacks
            {
                OnStartedLeading = token =>
                {
                    candidate!.WorkToken = token;
                    Interlocked.Increment(ref candidate.Started);
                    return Task.CompletedTask;
                },
                OnStoppedLeading = () => candidate!.StoppedAt = _time.GetUtcNow(),
                OnNewLeader = leader =>
                {
                    lock (candidate!.NewLeaders)
                    {
                        candidate.NewLeaders.Add(leader);
                    }
                },
            },
        };
        candidate = new Candidate { Lock = resourceLock, Elector = new LeaderElector(config, _time, NullLogger.Instance, new Random(identity.Length)) };
        return candidate;
    }

    private static void Start(Candidate candidate) => candidate.Run = candidate.Elector.RunAsync(candidate.Stop.Token);

    [Fact]
    public async Task Run_NoLock_CreatesItAndLeads()
    {
        var a = NewCandidate("a");
        Start(a);

        await Wait.UntilAsync(() => a.Started == 1, "a leads");
        Assert.True(a.Elector.IsLeader);
        var record = _store.Record!;
        Assert.Equal("a", record.HolderIdentity);
        Assert.Equal(15, record.LeaseDurationSeconds);
        Assert.Equal(0, record.LeaderTransitions);
        Assert.Contains("a became leader", a.Lock.Events);
    }

    [Fact]
    public async Task TwoCandidates_OneLeads_OtherObservesIt_RenewalsKeepIt()
    {
        var a = NewCandidate("a");
        var b = NewCandidate("b");
        Start(a);
        await Wait.UntilAsync(() => a.Started == 1, "a leads");
        Start(b);

        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.True(a.Elector.IsLeader);
        Assert.False(b.Elector.IsLeader);
        Assert.Equal(0, b.Started);
        Assert.Equal("a", b.Elector.Leader);
        await Wait.UntilAsync(() => b.NewLeaders.Contains("a"), "b told about a");
        var renewals = _store.Writes.Count(w => w.Record.HolderIdentity == "a");
        Assert.True(renewals >= 50, $"a renewed {renewals} times in two minutes");
        Assert.All(_store.Writes, w => Assert.Equal("a", w.Record.HolderIdentity));
    }

    [Fact]
    public async Task LeaderUnreachable_StopsWithinRenewDeadline_OtherTakesOverAfterTheLeaseDuration()
    {
        var a = NewCandidate("a", releaseOnCancel: false);
        var b = NewCandidate("b");
        Start(a);
        await Wait.UntilAsync(() => a.Started == 1, "a leads");
        Start(b);
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.False(b.Elector.IsLeader);

        var cut = _time.GetUtcNow();
        a.Lock.Partitioned = true;
        _time.Advance(TimeSpan.FromSeconds(60));

        // a gave up when it could not renew within the renew deadline, and cancelled its work.
        Assert.NotNull(a.StoppedAt);
        Assert.True(a.StoppedAt!.Value - cut <= TimeSpan.FromSeconds(10) + RetryPeriod, $"a stopped {a.StoppedAt - cut} after the cut");
        Assert.True(a.WorkToken.IsCancellationRequested);
        Assert.Contains("a stopped leading", a.Lock.Events);
        await a.Run!;

        // b took over a lease duration after it last saw the record change: never before a stopped.
        var acquired = _store.AcquiredAt("b", cut)!.Value;
        Assert.True(acquired > a.StoppedAt.Value, "b acquired while a still believed it led");
        var maxRetry = RetryPeriod * (1 + LeaderElectionConfig.JitterFactor);
        Assert.InRange(acquired - cut, LeaseDuration - maxRetry, LeaseDuration + maxRetry);
        Assert.Equal(1, _store.Record!.LeaderTransitions);
        await Wait.UntilAsync(() => b.Started == 1, "b's work started");
    }

    [Fact]
    public async Task GracefulShutdown_ReleasesTheLock_OtherTakesOverWithinARetryPeriod()
    {
        var a = NewCandidate("a");
        var b = NewCandidate("b");
        Start(a);
        await Wait.UntilAsync(() => a.Started == 1, "a leads");
        Start(b);
        _time.Advance(TimeSpan.FromSeconds(10));

        var stopAt = _time.GetUtcNow();
        await a.Stop.CancelAsync();
        await a.Run!;
        Assert.Equal("", _store.Record!.HolderIdentity);
        Assert.Equal(1, _store.Record.LeaseDurationSeconds);

        _time.Advance(TimeSpan.FromSeconds(10));
        var acquired = _store.AcquiredAt("b", stopAt)!.Value;
        Assert.True(acquired - stopAt <= RetryPeriod * (1 + LeaderElectionConfig.JitterFactor) + TimeSpan.FromSeconds(1), $"took {acquired - stopAt}");
        Assert.True(b.Elector.IsLeader);
    }

    [Fact]
    public async Task Cancelled_BeforeAcquiring_CallsOnStoppedLeadingOnly()
    {
        var a = NewCandidate("a");
        var b = NewCandidate("b");
        Start(a);
        await Wait.UntilAsync(() => a.Started == 1, "a leads");
        Start(b);
        _time.Advance(TimeSpan.FromSeconds(5));

        await b.Stop.CancelAsync();
        await b.Run!;

        Assert.Equal(0, b.Started);
        Assert.NotNull(b.StoppedAt);
        Assert.Equal("a", _store.Record!.HolderIdentity);
    }

    public static TheoryData<double, double, double, string> InvalidTimings => new()
    {
        { 10, 10, 2, "leaseDuration must be greater than renewDeadline" },
        { 15, 2, 2, "renewDeadline must be greater than retryPeriod*JitterFactor" },
        { 15, 10, 0, "retryPeriod must be greater than zero" },
    };

    [Theory]
    [MemberData(nameof(InvalidTimings))]
    public void Config_InvalidTimings_Rejected(double lease, double renew, double retry, string message)
    {
        var config = new LeaderElectionConfig
        {
            Lock = new FakeResourceLock(_store, "a"),
            LeaseDuration = TimeSpan.FromSeconds(lease),
            RenewDeadline = TimeSpan.FromSeconds(renew),
            RetryPeriod = TimeSpan.FromSeconds(retry),
            Callbacks = new LeaderCallbacks { OnStartedLeading = _ => Task.CompletedTask, OnStoppedLeading = () => { } },
        };

        var error = Assert.Throws<ArgumentException>(config.Validate);
        Assert.Equal(message, error.Message);
    }
}

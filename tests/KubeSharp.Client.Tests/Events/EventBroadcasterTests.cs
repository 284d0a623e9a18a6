using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client.Events;
using KubeSharp.Machinery.Errors;
using KubeSharp.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Client.Tests.Events;

public sealed class EventBroadcasterTests
{
    private readonly FakeTimeProvider _time = new();

    private sealed class FakeSink : IEventSink
    {
        private long _version;

        public List<string> Calls { get; } = [];

        public Dictionary<string, Event> Stored { get; } = [];

        public int FailuresLeft { get; set; }

        public Task<Event> CreateAsync(Event evt, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                if (FailuresLeft-- > 0)
                {
                    Calls.Add("create failed");
                    throw new HttpRequestException("connection refused");
                }

                Calls.Add($"create {evt.Metadata.Name} count={evt.Count}");
                evt.Metadata.ResourceVersion = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Stored[evt.Metadata.Name!] = evt;
                return Task.FromResult(evt);
            }
        }

        public Task<Event> UpdateAsync(Event evt, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Event> PatchAsync(Event evt, string patch, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                if (!Stored.ContainsKey(evt.Metadata.Name!))
                {
                    Calls.Add($"patch {evt.Metadata.Name} not found");
                    throw ApiErrors.NotFound("", "events", evt.Metadata.Name!);
                }

                Calls.Add($"patch {evt.Metadata.Name} {patch}");
                Stored[evt.Metadata.Name!] = evt;
                return Task.FromResult(evt);
            }
        }
    }

    private static Pod Pod() => new() { Metadata = new ObjectMeta { Namespace = "ns", Name = "web", Uid = "u1" } };

    [Fact]
    public async Task Recorder_RepeatedEvent_CreatedOnceThenPatched()
    {
        await using var broadcaster = new EventBroadcaster(_time, NullLoggerFactory.Instance);
        var sink = new FakeSink();
        broadcaster.StartRecordingToSink(sink);
        var recorder = broadcaster.NewRecorder("kubelet", "node-1");

        recorder.Event(Pod(), EventTypes.Warning, "BackOff", "Back-off restarting failed container");
        await Wait.UntilAsync(() => sink.Stored.Count == 1, "created");
        _time.Advance(TimeSpan.FromSeconds(10));
        recorder.Event(Pod(), EventTypes.Warning, "BackOff", "Back-off restarting failed container");
        await Wait.UntilAsync(() => sink.Calls.Count == 2, "patched");

        var stored = Assert.Single(sink.Stored.Values);
        Assert.StartsWith("web.", stored.Metadata.Name);
        Assert.Equal("ns", stored.Metadata.Namespace);
        Assert.Equal(2, stored.Count);
        Assert.Equal("Pod", stored.InvolvedObject.Kind);
        Assert.Equal("v1", stored.InvolvedObject.ApiVersion);
        Assert.Equal("kubelet", stored.Source.Component);
        Assert.StartsWith("patch web.", sink.Calls[1]);
    }

    [Fact]
    public async Task Recorder_UnsupportedType_Dropped()
    {
        await using var broadcaster = new EventBroadcaster(_time, NullLoggerFactory.Instance);
        var sink = new FakeSink();
        broadcaster.StartRecordingToSink(sink);
        var recorder = broadcaster.NewRecorder("test");

        recorder.Event(Pod(), "Info", "Reason", "message");
        recorder.Event(Pod(), EventTypes.Normal, "Marker", "message");
        await Wait.UntilAsync(() => sink.Calls.Count == 1, "the marker");

        Assert.Equal("Marker", Assert.Single(sink.Stored.Values).Reason);
    }

    [Fact]
    public async Task RecordToSink_PatchOfVanishedEvent_CreatesIt()
    {
        await using var broadcaster = new EventBroadcaster(_time, NullLoggerFactory.Instance);
        var sink = new FakeSink();
        await broadcaster.RecordToSinkAsync(sink, EventCorrelatorTests.Make("m", at: _time.GetUtcNow()), CancellationToken.None);
        sink.Stored.Clear();

        await broadcaster.RecordToSinkAsync(sink, EventCorrelatorTests.Make("m", at: _time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(["create web.1 count=1", "patch web.1 not found", "create web.1 count=2"], sink.Calls);
    }

    [Fact]
    public async Task RecordToSink_ServerUnreachable_RetriedEvery10Seconds()
    {
        await using var broadcaster = new EventBroadcaster(_time, NullLoggerFactory.Instance, random: new Random(1));
        var sink = new FakeSink { FailuresLeft = 2 };

        var recording = broadcaster.RecordToSinkAsync(sink, EventCorrelatorTests.Make("m"), CancellationToken.None);
        await _time.WaitForTimersAsync(1);
        _time.Advance(TimeSpan.FromSeconds(10));
        await _time.WaitForTimersAsync(1);
        _time.Advance(TimeSpan.FromSeconds(10));
        await recording;

        Assert.Equal(["create failed", "create failed", "create web.1 count=1"], sink.Calls);
    }
}

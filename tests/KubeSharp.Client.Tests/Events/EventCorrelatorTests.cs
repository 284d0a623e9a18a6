using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client.Events;
using KubeSharp.Testing.Time;

namespace KubeSharp.Client.Tests.Events;

public sealed class EventCorrelatorTests
{
    private readonly FakeTimeProvider _time = new();

    internal static Event Make(string message, string reason = "BackOff", string name = "web", DateTimeOffset? at = null) => new()
    {
        Metadata = new ObjectMeta { Name = name + ".1", Namespace = "ns" },
        InvolvedObject = new ObjectReference { Kind = "Pod", Namespace = "ns", Name = name, Uid = "uid-" + name, ApiVersion = "v1" },
        Reason = reason,
        Message = message,
        Type = EventTypes.Warning,
        Count = 1,
        FirstTimestamp = at,
        LastTimestamp = at,
        Source = new EventSource { Component = "kubelet", Host = "node-1" },
        ReportingController = "kubelet",
        ReportingInstance = "node-1",
    };

    [Fact]
    public void IdenticalEvent_BecomesAPatchOfCountAndLastTimestamp()
    {
        var correlator = new EventCorrelator(_time);
        var first = correlator.EventCorrelate(Make("Back-off restarting", at: _time.GetUtcNow()));
        Assert.Null(first.Patch);
        Assert.False(first.Skip);
        correlator.UpdateState(WithServerVersion(first.Event, "100"));

        _time.Advance(TimeSpan.FromSeconds(30));
        var second = correlator.EventCorrelate(Make("Back-off restarting", at: _time.GetUtcNow()));

        Assert.Equal(2, second.Event.Count);
        Assert.Equal(first.Event.Metadata.Name, second.Event.Metadata.Name);
        Assert.Equal(first.Event.FirstTimestamp, second.Event.FirstTimestamp);
        Assert.Equal("100", second.Event.Metadata.ResourceVersion);
        Assert.Equal("{\"count\":2,\"lastTimestamp\":\"2025-01-01T00:00:30Z\",\"message\":\"Back-off restarting\"}", second.Patch);
    }

    [Fact]
    public void SimilarEvents_AfterTenDistinctMessages_CombinedIntoOne()
    {
        var correlator = new EventCorrelator(_time);
        for (var i = 0; i < 9; i++)
        {
            var result = correlator.EventCorrelate(Make($"message {i}"));
            Assert.Equal($"message {i}", result.Event.Message);
        }

        var combined = correlator.EventCorrelate(Make("message 9"));
        Assert.Equal("(combined from similar events): message 9", combined.Event.Message);
        Assert.Equal(1, combined.Event.Count);
        Assert.Null(combined.Patch);

        var again = correlator.EventCorrelate(Make("message 10"));
        Assert.Equal("(combined from similar events): message 10", again.Event.Message);
        Assert.Equal(2, again.Event.Count);
        Assert.Equal(combined.Event.Metadata.Name, again.Event.Metadata.Name);
        Assert.NotNull(again.Patch);

        // Another reason is not similar.
        Assert.Equal("other", correlator.EventCorrelate(Make("other", reason: "Failed")).Event.Message);
    }

    [Fact]
    public void SimilarEvents_OlderThanTheInterval_StartANewGroup()
    {
        var correlator = new EventCorrelator(_time);
        for (var i = 0; i < 9; i++)
        {
            correlator.EventCorrelate(Make($"message {i}"));
        }

        _time.Advance(TimeSpan.FromSeconds(601));

        Assert.Equal("message 9", correlator.EventCorrelate(Make("message 9")).Event.Message);
    }

    [Fact]
    public void SpamFilter_25PerObjectThenOneEveryFiveMinutes()
    {
        var correlator = new EventCorrelator(_time);
        for (var i = 0; i < 25; i++)
        {
            Assert.False(correlator.EventCorrelate(Make("same")).Skip);
        }

        Assert.True(correlator.EventCorrelate(Make("same")).Skip);
        Assert.False(correlator.EventCorrelate(Make("same", name: "other-pod")).Skip);

        _time.Advance(TimeSpan.FromSeconds(300));
        Assert.False(correlator.EventCorrelate(Make("same")).Skip);
        Assert.True(correlator.EventCorrelate(Make("same")).Skip);
    }

    private static Event WithServerVersion(Event evt, string resourceVersion)
    {
        evt.Metadata.ResourceVersion = resourceVersion;
        return evt;
    }
}

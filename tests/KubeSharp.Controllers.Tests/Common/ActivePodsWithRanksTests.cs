using KubeSharp.Api.Core.V1;
using KubeSharp.Controllers.Tests.Fakes;

namespace KubeSharp.Controllers.Tests.Common;

public sealed class ActivePodsWithRanksTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, Func<Pod>, Func<Pod>, int, int> Cases => new()
    {
        { "unassigned before assigned", () => Objects.Pod("a", [], node: null), () => Objects.Pod("b", []), 0, 0 },
        { "pending before running", () => Objects.Pod("a", [], phase: PodPhase.Pending), () => Objects.Pod("b", []), 0, 0 },
        { "unknown before running", () => Objects.Pod("a", [], phase: PodPhase.Unknown), () => Objects.Pod("b", []), 0, 0 },
        { "not ready before ready", () => Objects.Pod("a", []), () => Objects.Pod("b", []).Ready(Now.AddHours(-1)), 0, 0 },
        { "lower deletion cost first", () => WithCost(Objects.Pod("a", []).Ready(Now.AddHours(-1)), "-5"), () => Objects.Pod("b", []).Ready(Now.AddMinutes(-1)), 0, 0 },
        { "doubled up first", () => Objects.Pod("a", []).Ready(Now.AddHours(-1)), () => Objects.Pod("b", []).Ready(Now.AddMinutes(-1)), 2, 1 },
        { "ready more recently first", () => Objects.Pod("a", []).Ready(Now.AddMinutes(-1)), () => Objects.Pod("b", []).Ready(Now.AddHours(-1)), 0, 0 },
        { "more restarts first", () => WithRestarts(Objects.Pod("a", []), 3), () => WithRestarts(Objects.Pod("b", []), 1), 0, 0 },
        { "newer first", () => Created(Objects.Pod("a", []), Now.AddMinutes(-1)), () => Created(Objects.Pod("b", []), Now.AddHours(-2)), 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_PodPairs_FirstIsDeletedFirst(string name, Func<Pod> first, Func<Pod> second, int firstRank, int secondRank)
    {
        var ranked = new ActivePodsWithRanks([second(), first()], [secondRank, firstRank], Now);

        var sorted = ranked.Sorted();

        Assert.True(sorted[0].Metadata.Name == "a", name);
    }

    [Fact]
    public void Compare_ReadyTimesInTheSameLogBucket_TieBreakOnUid()
    {
        var a = Objects.Pod("a", []).Ready(Now.AddSeconds(-40));
        var b = Objects.Pod("b", []).Ready(Now.AddSeconds(-50));
        a.Metadata.Uid = "2";
        b.Metadata.Uid = "1";

        var sorted = new ActivePodsWithRanks([a, b], [0, 0], Now).Sorted();

        // 40 s and 50 s are both in the 2^35 ns bucket, so neither is "newer": the lower UID goes first.
        Assert.Equal("b", sorted[0].Metadata.Name);
    }

    private static Pod WithCost(Pod pod, string cost)
    {
        pod.Metadata.Annotations = new() { [ControllerUtil.PodDeletionCost] = cost };
        return pod;
    }

    private static Pod WithRestarts(Pod pod, int restarts)
    {
        pod.Status.ContainerStatuses = [new ContainerStatus { Name = "app", RestartCount = restarts }];
        return pod;
    }

    private static Pod Created(Pod pod, DateTimeOffset at)
    {
        pod.Metadata.CreationTimestamp = at;
        return pod;
    }
}

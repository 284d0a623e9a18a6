using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Cache;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Plugins;
using KubeSharp.Scheduler.Framework.Runtime;
using KubeSharp.Scheduler.Queue;
using KubeSharp.Testing.Time;

namespace KubeSharp.Scheduler.Tests;

/// <summary>A framework over a fixed snapshot, for plugin tests (upstream's frameworkruntime.NewFramework in tests).</summary>
internal static class TestFramework
{
    public static SchedulingFramework Create(Snapshot snapshot, params PluginConfig[] extra)
    {
        var plugins = new List<PluginConfig>
        {
            new(PluginNames.PrioritySort, _ => new KubeSharp.Scheduler.Framework.Plugins.QueueSort.PrioritySort()),
            new(PluginNames.DefaultBinder, h => new KubeSharp.Scheduler.Framework.Plugins.DefaultBinder.DefaultBinder(h)),
        };
        plugins.AddRange(extra);
        var services = new FrameworkServices(snapshot, new Nominator(), new FakeSchedulerClient(), new FakeTimeProvider());
        return new SchedulingFramework(new SchedulerProfile("test", plugins), services);
    }

    /// <summary>Runs PreFilter then Filter of one plugin on one node, as the framework would.</summary>
    public static Status? PreFilterAndFilter(IFilterPlugin plugin, Pod pod, NodeInfo nodeInfo, IReadOnlyList<NodeInfo> nodes)
    {
        var state = new CycleState();
        if (plugin is IPreFilterPlugin preFilter)
        {
            var (_, status) = preFilter.PreFilter(state, pod, nodes);
            if (status.IsSkip())
            {
                return null;
            }

            if (!status.IsSuccess())
            {
                return status;
            }
        }

        return plugin.Filter(state, pod, nodeInfo);
    }

    /// <summary>PreScore, Score on every node, then NormalizeScore: what the framework gives one plugin.</summary>
    public static long[] Scores(IScorePlugin plugin, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var state = new CycleState();
        if (plugin is IPreScorePlugin preScore)
        {
            var status = preScore.PreScore(state, pod, nodes);
            if (status.IsSkip())
            {
                return new long[nodes.Count];
            }

            Assert.True(status.IsSuccess(), status?.Message);
        }

        var scores = new NodeScore[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var (score, status) = plugin.Score(state, pod, nodes[i]);
            Assert.True(status.IsSuccess(), status?.Message);
            scores[i] = new NodeScore(nodes[i].Name, score);
        }

        plugin.ScoreExtensions?.NormalizeScore(state, pod, scores);
        return [.. scores.Select(s => s.Score)];
    }
}

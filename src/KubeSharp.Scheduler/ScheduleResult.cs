namespace KubeSharp.Scheduler;

/// <summary>The outcome of placing one pod (upstream's ScheduleResult).</summary>
public sealed record ScheduleResult(string SuggestedHost, int EvaluatedNodes, int FeasibleNodes);

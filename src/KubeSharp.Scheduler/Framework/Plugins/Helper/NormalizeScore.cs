namespace KubeSharp.Scheduler.Framework.Plugins.Helper;

/// <summary>Upstream's plugins/helper.DefaultNormalizeScore.</summary>
public static class NormalizeScore
{
    /// <summary>
    /// Scales scores so the highest becomes <paramref name="maxPriority"/>; with <paramref name="reverse"/> the
    /// lowest does. All-zero scores become 0, or all <paramref name="maxPriority"/> when reversed.
    /// </summary>
    public static void Default(long maxPriority, bool reverse, Span<NodeScore> scores)
    {
        long max = 0;
        foreach (var score in scores)
        {
            if (score.Score > max)
            {
                max = score.Score;
            }
        }

        if (max == 0)
        {
            if (reverse)
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    scores[i].Score = maxPriority;
                }
            }

            return;
        }

        for (var i = 0; i < scores.Length; i++)
        {
            var score = maxPriority * scores[i].Score / max;
            scores[i].Score = reverse ? maxPriority - score : score;
        }
    }
}

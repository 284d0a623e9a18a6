using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.Helper;

/// <summary>Taint and toleration matching (upstream's core/v1 helper and api Toleration methods).</summary>
public static class Tolerations
{
    /// <summary>Upstream's Toleration.ToleratesTaint: effect and key match when set; Equal compares values, Exists any.</summary>
    public static bool ToleratesTaint(Toleration toleration, Taint taint)
    {
        if (!string.IsNullOrEmpty(toleration.Effect) && toleration.Effect != taint.Effect)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(toleration.Key) && toleration.Key != taint.Key)
        {
            return false;
        }

        return toleration.Operator switch
        {
            null or "" or TolerationOperator.Equal => (toleration.Value ?? "") == (taint.Value ?? ""),
            TolerationOperator.Exists => true,
            _ => false,
        };
    }

    public static bool TolerationsTolerateTaint(IReadOnlyList<Toleration>? tolerations, Taint taint)
    {
        if (tolerations is null)
        {
            return false;
        }

        foreach (var toleration in tolerations)
        {
            if (ToleratesTaint(toleration, taint))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Upstream's FindMatchingUntoleratedTaint: the first taint the filter selects that no toleration tolerates.
    /// </summary>
    public static bool FindMatchingUntoleratedTaint(IReadOnlyList<Taint>? taints, IReadOnlyList<Toleration>? tolerations, Func<Taint, bool> filter, out Taint untolerated)
    {
        if (taints is not null)
        {
            foreach (var taint in taints)
            {
                if (filter(taint) && !TolerationsTolerateTaint(tolerations, taint))
                {
                    untolerated = taint;
                    return true;
                }
            }
        }

        untolerated = null!;
        return false;
    }

    /// <summary>Upstream's DoNotScheduleTaintsFilterFunc: only NoSchedule and NoExecute keep pods off.</summary>
    public static bool IsDoNotScheduleTaint(Taint taint) =>
        taint.Effect is TaintEffect.NoSchedule or TaintEffect.NoExecute;
}

using KubeSharp.Api;
using KubeSharp.Client.Informers;

namespace KubeSharp.Controllers;

/// <summary>Helpers every controller shares (upstream's <c>pkg/controller/controller_utils.go</c>).</summary>
public static class ControllerUtil
{
    /// <summary>Batches of pod creations start at this size and double (upstream's SlowStartInitialBatchSize).</summary>
    public const int SlowStartInitialBatchSize = 1;

    /// <summary>The annotation whose integer value makes a pod cheaper (lower) or dearer to delete on scale-down.</summary>
    public const string PodDeletionCost = "controller.kubernetes.io/pod-deletion-cost";

    /// <summary>The work queue key of an object: <c>namespace/name</c> (upstream's KeyFunc).</summary>
    public static string KeyFunc(IKubernetesObject obj) => Cache.MetaNamespaceKey(obj);

    /// <summary>
    /// Calls <paramref name="fn"/> <paramref name="count"/> times in batches of 1, 2, 4, … running each batch
    /// concurrently, and stops after the first batch with a failure (upstream's slowStartBatch): a template that
    /// every create rejects costs one call, not hundreds. Returns the successes and the first error.
    /// </summary>
    public static async Task<(int Successes, Exception? Error)> SlowStartBatchAsync(int count, int initialBatchSize, Func<Task> fn)
    {
        var remaining = count;
        var successes = 0;
        for (var batchSize = Math.Min(remaining, initialBatchSize); batchSize > 0; batchSize = Math.Min(2 * batchSize, remaining))
        {
            var tasks = new Task[batchSize];
            for (var i = 0; i < batchSize; i++)
            {
                tasks[i] = Task.Run(fn);
            }

            try
            {
                await Task.WhenAll(tasks).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Each task's own exception is read below; WhenAll only reports the first.
            }

            Exception? first = null;
            foreach (var task in tasks)
            {
                if (task.IsFaulted)
                {
                    first ??= task.Exception!.InnerException ?? task.Exception;
                }
                else
                {
                    successes++;
                }
            }

            if (first is not null)
            {
                return (successes, first);
            }

            remaining -= batchSize;
        }

        return (successes, null);
    }

    /// <summary>Label maps with the same pairs (null and empty are equal).</summary>
    public static bool LabelsEqual(Dictionary<string, string>? a, Dictionary<string, string>? b)
    {
        if ((a?.Count ?? 0) != (b?.Count ?? 0))
        {
            return false;
        }

        foreach (var (key, value) in a ?? [])
        {
            if (b is null || !b.TryGetValue(key, out var other) || other != value)
            {
                return false;
            }
        }

        return true;
    }
}

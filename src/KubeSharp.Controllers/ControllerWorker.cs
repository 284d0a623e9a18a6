using KubeSharp.Client.WorkQueue;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Controllers;

/// <summary>
/// The worker loop every controller runs (upstream's <c>worker</c> and <c>processNextWorkItem</c>): take a key,
/// sync it, forget its back-off on success, requeue it with rate limit on failure, and always mark it done.
/// </summary>
public static partial class ControllerWorker
{
    /// <summary>Runs <paramref name="workers"/> loops until the queue shuts down.</summary>
    public static Task RunWorkersAsync(
        IRateLimitingQueue<string> queue, int workers, Func<string, CancellationToken, Task> sync, ILogger logger, CancellationToken cancellationToken)
    {
        var loops = new Task[Math.Max(1, workers)];
        for (var i = 0; i < loops.Length; i++)
        {
            loops[i] = Task.Run(() => WorkerAsync(queue, sync, logger, cancellationToken), CancellationToken.None);
        }

        return Task.WhenAll(loops);
    }

    private static async Task WorkerAsync(IRateLimitingQueue<string> queue, Func<string, CancellationToken, Task> sync, ILogger logger, CancellationToken cancellationToken)
    {
        while (await ProcessNextWorkItemAsync(queue, sync, logger, cancellationToken).ConfigureAwait(false))
        {
        }
    }

    /// <summary>Processes one key; false once the queue is shut down.</summary>
    public static async Task<bool> ProcessNextWorkItemAsync(
        IRateLimitingQueue<string> queue, Func<string, CancellationToken, Task> sync, ILogger logger, CancellationToken cancellationToken)
    {
        var (key, shutdown) = await queue.GetAsync(CancellationToken.None).ConfigureAwait(false);
        if (shutdown)
        {
            return false;
        }

        try
        {
            await sync(key, cancellationToken).ConfigureAwait(false);
            queue.Forget(key);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the key is dropped with the queue.
        }
        catch (Exception error)
        {
            LogSyncFailed(logger, key, error.Message, error);
            queue.AddRateLimited(key);
        }
        finally
        {
            queue.Done(key);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync {Key} failed: {Error}")]
    private static partial void LogSyncFailed(ILogger logger, string key, string error, Exception exception);
}

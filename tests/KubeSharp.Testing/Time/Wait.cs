using System.Diagnostics;

namespace KubeSharp.Testing.Time;

/// <summary>
/// Bounded waiting for conditions that background tasks make true. The bound is generous and only stops a
/// broken test from hanging; it is not a timing assertion.
/// </summary>
public static class Wait
{
    /// <summary>How long a test waits for something that should happen promptly before it gives up.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Polls <paramref name="condition"/> until it holds; throws naming <paramref name="what"/> if it never does.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? DefaultTimeout;
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Delay(2);
        }
    }
}

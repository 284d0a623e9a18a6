using System.Diagnostics;
using KubeSharp.Testing.Time;

namespace KubeSharp.Kubelet.Tests;

/// <summary>Bounded polling of an asynchronous condition (the bound only stops a broken test from hanging).</summary>
internal static class Eventually
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Wait.DefaultTimeout;
        var started = Stopwatch.GetTimestamp();
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Delay(20);
        }
    }
}

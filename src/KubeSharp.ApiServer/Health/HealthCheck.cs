namespace KubeSharp.ApiServer.Health;

/// <summary>
/// One named check behind <c>/healthz</c>, <c>/livez</c> or <c>/readyz</c> (upstream's <c>healthz.HealthChecker</c>):
/// it returns null when healthy and a reason otherwise.
/// </summary>
public sealed record HealthCheck(string Name, Func<CancellationToken, ValueTask<string?>> Check)
{
    /// <summary>A check that is always healthy: upstream's <c>ping</c>.</summary>
    public static readonly HealthCheck Ping = new("ping", _ => ValueTask.FromResult<string?>(null));

    /// <summary>A check that passes once <paramref name="signal"/> is set (upstream's post-start hooks).</summary>
    public static HealthCheck FromSignal(string name, TaskCompletionSource signal, string notYet) =>
        new(name, _ => ValueTask.FromResult(signal.Task.IsCompletedSuccessfully ? null : notYet));
}

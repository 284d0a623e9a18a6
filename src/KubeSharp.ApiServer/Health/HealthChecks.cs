namespace KubeSharp.ApiServer.Health;

/// <summary>
/// The checks behind the three health paths. As upstream: <c>/livez</c> and <c>/healthz</c> say the process
/// works; <c>/readyz</c> adds the checks that must pass before it should receive traffic (datastore reachable,
/// bootstrap done, not shutting down).
/// </summary>
public sealed class HealthChecks
{
    private readonly List<HealthCheck> _live = [HealthCheck.Ping];
    private readonly List<HealthCheck> _ready = [HealthCheck.Ping];

    public HealthChecks()
    {
        Healthz = new HealthEndpoint("healthz", () => Snapshot(_live));
        Livez = new HealthEndpoint("livez", () => Snapshot(_live));
        Readyz = new HealthEndpoint("readyz", () => Snapshot(_ready));
    }

    public HealthEndpoint Healthz { get; }

    public HealthEndpoint Livez { get; }

    public HealthEndpoint Readyz { get; }

    /// <summary>Adds a check to all three paths (e.g. the datastore).</summary>
    public void AddLivenessCheck(HealthCheck check)
    {
        lock (_live)
        {
            _live.Add(check);
        }

        AddReadinessCheck(check);
    }

    /// <summary>Adds a check to <c>/readyz</c> only (e.g. bootstrap done, shutting down).</summary>
    public void AddReadinessCheck(HealthCheck check)
    {
        lock (_ready)
        {
            _ready.Add(check);
        }
    }

    private static List<HealthCheck> Snapshot(List<HealthCheck> checks)
    {
        lock (checks)
        {
            return [.. checks];
        }
    }
}

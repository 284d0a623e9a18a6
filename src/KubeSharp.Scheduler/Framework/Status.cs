namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// The result of running a plugin (upstream's framework.Status). As upstream uses a nil *Status for success,
/// plugins return <c>null</c> for success so the hot path allocates nothing; see <see cref="StatusExtensions"/>.
/// </summary>
public sealed class Status
{
    private static readonly string[] NoReasons = [];

    public Status(Code code, params string[] reasons)
    {
        Code = code;
        Reasons = reasons ?? NoReasons;
    }

    public Code Code { get; }

    /// <summary>Human-readable reasons; each one is counted on its own in the "0/N nodes are available" message.</summary>
    public IReadOnlyList<string> Reasons { get; private set; }

    /// <summary>The plugin that returned this status (set by the framework runtime).</summary>
    public string Plugin { get; private set; } = "";

    /// <summary>The error behind a <see cref="Code.Error"/> status.</summary>
    public Exception? Exception { get; private init; }

    /// <summary>The reasons joined by ", ", as upstream's Status.Message.</summary>
    public string Message => string.Join(", ", Reasons);

    public static Status AsStatus(Exception error) => new(Code.Error, error.Message) { Exception = error };

    public static Status Error(string message) => new(Code.Error, message);

    /// <summary>Records the failing plugin (upstream's WithPlugin); returns this status.</summary>
    public Status WithPlugin(string plugin)
    {
        Plugin = plugin;
        return this;
    }

    /// <summary>Adds a reason (upstream's AppendReason).</summary>
    public void AppendReason(string reason) => Reasons = [.. Reasons, reason];

    public override string ToString() => $"{Code}: {Message}";
}

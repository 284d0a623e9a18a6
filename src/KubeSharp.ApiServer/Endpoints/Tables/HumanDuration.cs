using System.Globalization;

namespace KubeSharp.ApiServer.Endpoints.Tables;

/// <summary>
/// Upstream's <c>duration.HumanDuration</c>, the AGE column: exact seconds under two minutes, then coarser
/// units with one sub-unit while it matters (<c>5m30s</c>, <c>2h15m</c>, <c>3d4h</c>, <c>2y30d</c>).
/// </summary>
public static class HumanDuration
{
    public static string Format(TimeSpan d)
    {
        var seconds = (long)Math.Floor(d.TotalSeconds);
        if (seconds < -1)
        {
            return "<invalid>";
        }

        if (seconds < 0)
        {
            return "0s";
        }

        if (seconds < 60 * 2)
        {
            return Invariant($"{seconds}s");
        }

        var minutes = (long)d.TotalMinutes;
        if (minutes < 10)
        {
            var s = seconds % 60;
            return s == 0 ? Invariant($"{minutes}m") : Invariant($"{minutes}m{s}s");
        }

        if (minutes < 60 * 3)
        {
            return Invariant($"{minutes}m");
        }

        var hours = (long)d.TotalHours;
        if (hours < 8)
        {
            var m = minutes % 60;
            return m == 0 ? Invariant($"{hours}h") : Invariant($"{hours}h{m}m");
        }

        if (hours < 48)
        {
            return Invariant($"{hours}h");
        }

        if (hours < 24 * 8)
        {
            var h = hours % 24;
            return h == 0 ? Invariant($"{hours / 24}d") : Invariant($"{hours / 24}d{h}h");
        }

        if (hours < 24 * 365 * 2)
        {
            return Invariant($"{hours / 24}d");
        }

        if (hours < 24 * 365 * 8)
        {
            var days = hours / 24 % 365;
            return days == 0 ? Invariant($"{hours / 24 / 365}y") : Invariant($"{hours / 24 / 365}y{days}d");
        }

        return Invariant($"{hours / 24 / 365}y");
    }

    /// <summary>The age of an RFC 3339 timestamp as printers show it; <c>&lt;unknown&gt;</c> when absent.</summary>
    public static string Since(string? timestamp, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp) || !DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var then))
        {
            return "<unknown>";
        }

        return Format(now - then);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace KubeSharp.Runtime.Logs;

/// <summary>
/// One line of a CRI log file: <c>&lt;RFC3339Nano time&gt; &lt;stdout|stderr&gt; &lt;P|F&gt;[:tags] &lt;content&gt;</c>
/// (kubernetes/kubernetes pkg/kubelet/kuberuntime/logs/logs.go). A <c>P</c> line is a fragment to be joined
/// with what follows, up to the next <c>F</c>.
/// </summary>
public sealed record CriLogLine(DateTimeOffset Time, string Stream, bool Partial, string Content)
{
    public const string Stdout = "stdout";
    public const string Stderr = "stderr";

    /// <summary>Parses a line (without its newline); null when it is not in the CRI format.</summary>
    public static CriLogLine? Parse(string line)
    {
        var first = line.IndexOf(' ', StringComparison.Ordinal);
        if (first < 0)
        {
            return null;
        }

        var second = line.IndexOf(' ', first + 1);
        if (second < 0)
        {
            return null;
        }

        var third = line.IndexOf(' ', second + 1);
        var tags = third < 0 ? line[(second + 1)..] : line[(second + 1)..third];
        var content = third < 0 ? "" : line[(third + 1)..];
        var stream = line[(first + 1)..second];
        if (stream is not (Stdout or Stderr)
            || !DateTimeOffset.TryParse(line[..first], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time))
        {
            return null;
        }

        var tag = tags.Split(':')[0];
        return tag is "P" or "F" ? new CriLogLine(time, stream, tag == "P", content) : null;
    }

    /// <summary>Formats a line as conmon writes it: local time with nanoseconds and a numeric offset.</summary>
    public string Format()
    {
        var ticks = Time.Ticks % TimeSpan.TicksPerSecond;
        var offset = Time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var stamp = $"{Time:yyyy-MM-dd'T'HH:mm:ss}.{ticks * 100:D9}{sign}{Math.Abs(offset.Hours):D2}:{Math.Abs(offset.Minutes):D2}";
        return $"{stamp} {Stream} {(Partial ? "P" : "F")} {Content}";
    }
}

namespace KubeSharp.Runtime.Internal;

/// <summary>Liveness of a PID without asking runc, as CRI-O does: the process exists, is not a zombie, and started when we recorded.</summary>
internal static class ProcessInfo
{
    /// <summary>Field 22 of /proc/&lt;pid&gt;/stat (start time in clock ticks since boot); 0 if the process is gone.</summary>
    public static long StartTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");

            // The command name (field 2) may contain spaces and parentheses: split after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields[0] is "Z" or "X" ? 0 : long.Parse(fields[19], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }

    public static bool IsAlive(int pid, long startTime) => pid > 0 && startTime > 0 && StartTime(pid) == startTime;
}

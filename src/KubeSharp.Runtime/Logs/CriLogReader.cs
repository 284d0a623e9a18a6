using System.Text;

namespace KubeSharp.Runtime.Logs;

/// <summary>Reads CRI log files back into stream contents, joining partial lines as the kubelet does.</summary>
public static class CriLogReader
{
    /// <summary>All lines of a CRI log; lines not in the CRI format are skipped.</summary>
    public static IEnumerable<CriLogLine> ReadLines(string path)
    {
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (CriLogLine.Parse(line) is { } parsed)
            {
                yield return parsed;
            }
        }
    }

    /// <summary>
    /// The bytes of each stream, CRI-O's ExecSync way: a full line gets its newline back, a partial line does
    /// not; each stream is capped at <paramref name="maxBytes"/> (excess is dropped, not an error).
    /// </summary>
    public static (byte[] Stdout, byte[] Stderr) ReadStreams(string path, int maxBytes)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        foreach (var line in ReadLines(path))
        {
            var target = line.Stream == CriLogLine.Stdout ? stdout : stderr;
            var bytes = Encoding.UTF8.GetBytes(line.Partial ? line.Content : line.Content + "\n");
            var room = maxBytes - (int)target.Length;
            if (room > 0)
            {
                target.Write(bytes, 0, Math.Min(room, bytes.Length));
            }
        }

        return (stdout.ToArray(), stderr.ToArray());
    }
}

using System.Globalization;

namespace KubeSharp.Runtime.Internal;

/// <summary>
/// cgroupfs access. On cgroup v1 (this host) every controller is its own hierarchy under /sys/fs/cgroup and a
/// cgroupfs path (<c>/kubepods/pod…/&lt;id&gt;</c>) exists once per hierarchy, as runc lays it out; on v2 there is
/// one unified tree.
/// </summary>
internal static class Cgroups
{
    public const string Root = "/sys/fs/cgroup";

    public static bool IsV2 => File.Exists(Path.Combine(Root, "cgroup.controllers"));

    /// <summary>The controller hierarchies to place processes in (v1), or the unified root (v2).</summary>
    public static IEnumerable<string> Hierarchies()
    {
        if (IsV2)
        {
            return [Root];
        }

        return Directory.EnumerateDirectories(Root)
            .Where(d => File.Exists(Path.Combine(d, "cgroup.procs")) && Path.GetFileName(d) != "unified");
    }

    /// <summary>Creates <paramref name="path"/> in every hierarchy and moves <paramref name="pid"/> into it.</summary>
    public static void Place(int pid, string path)
    {
        foreach (var hierarchy in Hierarchies())
        {
            var directory = hierarchy;
            foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                var parent = directory;
                directory = Path.Combine(directory, part);
                if (!Directory.Exists(directory))
                {
                    Directory.CreateDirectory(directory);
                    InheritCpuset(parent, directory);
                }
            }

            File.WriteAllText(Path.Combine(directory, "cgroup.procs"), pid.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// A new v1 cpuset cgroup starts with no CPUs and no memory nodes, and a process cannot join it (ENOSPC):
    /// copy the parent's, as runc does.
    /// </summary>
    private static void InheritCpuset(string parent, string directory)
    {
        foreach (var file in new[] { "cpuset.cpus", "cpuset.mems" })
        {
            var target = Path.Combine(directory, file);
            if (File.Exists(target) && File.ReadAllText(target).Trim().Length == 0)
            {
                File.WriteAllText(target, File.ReadAllText(Path.Combine(parent, file)).Trim());
            }
        }
    }

    public static bool Exists(string path) => Hierarchies().Any(h => Directory.Exists(Path.Combine(h, path.TrimStart('/'))));

    /// <summary>Removes <paramref name="path"/> (children first) from every hierarchy, killing what is left inside.</summary>
    public static void Remove(string path)
    {
        var relative = path.Trim('/');
        if (relative.Length == 0)
        {
            return;
        }

        foreach (var hierarchy in Hierarchies())
        {
            var root = Path.Combine(hierarchy, relative);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var directory in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Append(root).OrderByDescending(d => d.Length))
            {
                foreach (var pid in Pids(directory))
                {
                    _ = Native.LibC.kill(pid, Native.LibC.SIGKILL);
                }

                for (var attempt = 0; attempt < 100; attempt++)
                {
                    try
                    {
                        Directory.Delete(directory);
                        break;
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        if (!Directory.Exists(directory))
                        {
                            break;
                        }

                        Thread.Sleep(10);
                    }
                }
            }
        }
    }

    public static IEnumerable<int> Pids(string directory)
    {
        var procs = Path.Combine(directory, "cgroup.procs");
        if (!File.Exists(procs))
        {
            return [];
        }

        try
        {
            return [.. File.ReadAllLines(procs).Where(l => l.Length > 0).Select(l => int.Parse(l, CultureInfo.InvariantCulture))];
        }
        catch (IOException)
        {
            return [];
        }
    }

    /// <summary>Reads a v1 controller file (<c>memory</c>, <c>memory.usage_in_bytes</c>); null if absent.</summary>
    public static string? Read(string controller, string path, string file)
    {
        var full = IsV2 ? Path.Combine(Root, path.TrimStart('/'), file) : Path.Combine(Root, controller, path.TrimStart('/'), file);
        try
        {
            return File.Exists(full) ? File.ReadAllText(full).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static ulong? ReadUInt64(string controller, string path, string file) =>
        ulong.TryParse(Read(controller, path, file), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A flat-keyed file such as memory.stat or cpu.stat as a dictionary.</summary>
    public static Dictionary<string, ulong> ReadKeyed(string controller, string path, string file)
    {
        var result = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var line in (Read(controller, path, file) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            if (parts.Length == 2 && ulong.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                result[parts[0]] = value;
            }
        }

        return result;
    }
}

using System.Runtime.InteropServices;

namespace KubeSharp.Testing.Network;

/// <summary>
/// Last-resort clean-up of what a runtime test may leave on the host when it fails half-way: mounts under a
/// directory, cgroup directories, processes by PID. Each helper is idempotent and never touches anything
/// outside what it is given.
/// </summary>
public static class HostCleanup
{
    private const int MntDetach = 2;

    /// <summary>Lazily unmounts every mount point at or below <paramref name="directory"/>, deepest first.</summary>
    public static void UnmountUnder(string directory)
    {
        var root = Path.GetFullPath(directory).TrimEnd('/');
        for (var pass = 0; pass < 5; pass++)
        {
            var mounts = File.ReadAllLines("/proc/self/mountinfo")
                .Select(line => Unescape(line.Split(' ')[4]))
                .Where(point => point == root || point.StartsWith(root + "/", StringComparison.Ordinal))
                .OrderByDescending(point => point.Length)
                .ToList();
            if (mounts.Count == 0)
            {
                return;
            }

            foreach (var point in mounts)
            {
                _ = Umount2(point, MntDetach);
            }
        }
    }

    /// <summary>Kills the processes in a cgroup v1 directory tree and removes it, in every hierarchy under /sys/fs/cgroup.</summary>
    public static void RemoveCgroup(string cgroupPath)
    {
        var relative = cgroupPath.Trim('/');
        if (relative.Length == 0)
        {
            throw new ArgumentException("refusing to remove the root cgroup", nameof(cgroupPath));
        }

        foreach (var hierarchy in Directory.EnumerateDirectories("/sys/fs/cgroup"))
        {
            var path = Path.Combine(hierarchy, relative);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var directory in Directory.EnumerateDirectories(path, "*", SearchOption.AllDirectories).Append(path).OrderByDescending(d => d.Length))
            {
                for (var attempt = 0; attempt < 50; attempt++)
                {
                    var procs = Path.Combine(directory, "cgroup.procs");
                    var pids = File.Exists(procs) ? File.ReadAllLines(procs).Where(l => l.Length > 0).Select(int.Parse).ToList() : [];
                    foreach (var pid in pids)
                    {
                        _ = Kill(pid, 9);
                    }

                    try
                    {
                        Directory.Delete(directory);
                        break;
                    }
                    catch (IOException)
                    {
                        Thread.Sleep(20);
                    }
                    catch (UnauthorizedAccessException)
                    {
                        Thread.Sleep(20);
                    }
                }
            }
        }
    }

    /// <summary>SIGKILLs a process if it still exists.</summary>
    public static void KillProcess(int pid)
    {
        if (pid > 1)
        {
            _ = Kill(pid, 9);
        }
    }

    private static string Unescape(string field) =>
        field.Replace("\\040", " ", StringComparison.Ordinal).Replace("\\011", "\t", StringComparison.Ordinal)
            .Replace("\\012", "\n", StringComparison.Ordinal).Replace("\\134", "\\", StringComparison.Ordinal);

    // DllImport rather than LibraryImport: this project does not enable unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "umount2")]
    private static extern int Umount2([MarshalAs(UnmanagedType.LPUTF8Str)] string target, int flags);

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}

using System.Text;
using KubeSharp.Runtime.Internal.Native;

namespace KubeSharp.Runtime.Sandbox;

/// <summary>
/// Creates a sandbox's network, IPC and UTS namespaces and keeps them alive with no process in them, as CRI-O's
/// pinns does: a dedicated thread unshares them (namespaces of these kinds are per thread), sets the hostname
/// and the namespaced sysctls from inside, and bind-mounts <c>/proc/&lt;pid&gt;/task/&lt;tid&gt;/ns/&lt;ns&gt;</c> onto a
/// file; the thread then ends. Unmounting the file drops the namespace.
/// </summary>
internal static class NamespacePinner
{
    public static IReadOnlyDictionary<string, string> Pin(
        string directory, bool network, bool ipc, bool uts, string hostname, IReadOnlyDictionary<string, string> sysctls)
    {
        Directory.CreateDirectory(directory);
        var result = new Dictionary<string, string>();
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var flags = (network ? LibC.CLONE_NEWNET : 0) | (ipc ? LibC.CLONE_NEWIPC : 0) | (uts ? LibC.CLONE_NEWUTS : 0);
                if (flags == 0)
                {
                    return;
                }

                if (LibC.unshare(flags) != 0)
                {
                    throw new RuntimeException(RuntimeErrorCode.Unknown, "unshare: " + LibC.LastError());
                }

                if (uts && hostname.Length > 0)
                {
                    SetHostname(hostname);
                }

                foreach (var (key, value) in sysctls)
                {
                    ApplySysctl(key, value, network, ipc, uts);
                }

                var task = $"/proc/{Environment.ProcessId}/task/{LibC.gettid()}/ns";
                foreach (var (kind, wanted) in new[] { ("net", network), ("ipc", ipc), ("uts", uts) })
                {
                    if (!wanted)
                    {
                        continue;
                    }

                    var target = Path.Combine(directory, kind);
                    File.WriteAllBytes(target, []);
                    if (LibC.mount(Path.Combine(task, kind), target, null, LibC.MS_BIND, null) != 0)
                    {
                        throw new RuntimeException(RuntimeErrorCode.Unknown, $"pin {kind} namespace: {LibC.LastError()}");
                    }

                    result[kind] = target;
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            Unpin(result.Values);
            throw failure as RuntimeException ?? new RuntimeException(RuntimeErrorCode.Unknown, "pinning namespaces failed: " + failure.Message, failure);
        }

        return result;
    }

    /// <summary>Unmounts and deletes pinned namespace files; absent files are fine (idempotent).</summary>
    public static void Unpin(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            _ = LibC.umount2(path, LibC.MNT_DETACH);
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>True when <paramref name="path"/> is still a mounted namespace (it is not after a reboot).</summary>
    public static bool IsPinned(string path) =>
        File.Exists(path) && File.ReadLines("/proc/self/mountinfo").Any(l => l.Split(' ')[4] == path);

    private static unsafe void SetHostname(string hostname)
    {
        var bytes = Encoding.ASCII.GetBytes(hostname);
        fixed (byte* pointer = bytes)
        {
            if (LibC.sethostname(pointer, (nuint)bytes.Length) != 0)
            {
                throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"sethostname \"{hostname}\": {LibC.LastError()}");
            }
        }
    }

    private static void ApplySysctl(string key, string value, bool network, bool ipc, bool uts)
    {
        // Only namespaced sysctls can be set per pod (the kubelet's safe/unsafe split is its own business).
        var namespaced = (network && key.StartsWith("net.", StringComparison.Ordinal))
            || (ipc && (key.StartsWith("kernel.shm", StringComparison.Ordinal) || key.StartsWith("kernel.msg", StringComparison.Ordinal) || key == "kernel.sem" || key.StartsWith("fs.mqueue.", StringComparison.Ordinal)))
            || (uts && key is "kernel.hostname" or "kernel.domainname");
        if (!namespaced)
        {
            throw RuntimeException.InvalidArgument($"sysctl \"{key}\" is not namespaced for this sandbox");
        }

        var path = "/proc/thread-self/sys/" + key.Replace('.', '/');
        if (!File.Exists(path))
        {
            path = "/proc/sys/" + key.Replace('.', '/');
        }

        try
        {
            File.WriteAllText(path, value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw RuntimeException.InvalidArgument($"sysctl {key}={value}: {e.Message}");
        }
    }

    /// <summary>Runs <paramref name="action"/> on a fresh thread that has entered the namespace at <paramref name="path"/>.</summary>
    public static T RunInNetworkNamespace<T>(string path, Func<T> action)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var fd = LibC.open(path, LibC.O_RDONLY | LibC.O_CLOEXEC, 0);
                if (fd < 0)
                {
                    throw new RuntimeException(RuntimeErrorCode.NotFound, $"open {path}: {LibC.LastError()}");
                }

                try
                {
                    if (LibC.setns(fd, LibC.CLONE_NEWNET) != 0)
                    {
                        throw new RuntimeException(RuntimeErrorCode.Unknown, $"setns {path}: {LibC.LastError()}");
                    }
                }
                finally
                {
                    _ = LibC.close(fd);
                }

                // The thread now lives in the namespace and is discarded when it ends.
                result = action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw failure as RuntimeException ?? new RuntimeException(RuntimeErrorCode.Unknown, failure.Message, failure);
        }

        return result;
    }
}

namespace KubeSharp.Runtime.Oci;

/// <summary>Linux capability names and the default set (containerd pkg/oci/spec.go, Docker's historical default).</summary>
internal static class Capabilities
{
    public static readonly string[] Default =
    [
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETGID",
        "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE",
    ];

    /// <summary>Every capability of Linux 5.x/6.x (capability.h), for privileged containers and <c>ALL</c>.</summary>
    public static readonly string[] All =
    [
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_SETGID",
        "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN",
        "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE",
        "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME",
        "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP",
        "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ",
        "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE",
    ];

    /// <summary>
    /// As containerd's WithCapabilities: CRI names come without <c>CAP_</c>; <c>ALL</c> in drop clears the set
    /// before adds, <c>ALL</c> in add means every capability; unknown names are an invalid argument.
    /// </summary>
    public static List<string> Compute(Capability? request, bool privileged)
    {
        if (privileged)
        {
            return [.. All];
        }

        var set = new List<string>(Default);
        if (request is null)
        {
            return set;
        }

        var drops = request.DropCapabilities.Select(Normalize).ToList();
        if (drops.Contains("CAP_ALL"))
        {
            set.Clear();
        }
        else
        {
            set.RemoveAll(drops.Contains);
        }

        foreach (var add in request.AddCapabilities.Concat(request.AddAmbientCapabilities).Select(Normalize))
        {
            if (add == "CAP_ALL")
            {
                return [.. All];
            }

            if (!set.Contains(add))
            {
                set.Add(add);
            }
        }

        return set;
    }

    private static string Normalize(string name)
    {
        var upper = name.ToUpperInvariant();
        var full = upper.StartsWith("CAP_", StringComparison.Ordinal) ? upper : "CAP_" + upper;
        return full == "CAP_ALL" || All.Contains(full) ? full : throw RuntimeException.InvalidArgument($"unknown capability \"{name}\"");
    }
}

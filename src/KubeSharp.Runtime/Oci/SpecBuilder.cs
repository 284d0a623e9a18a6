namespace KubeSharp.Runtime.Oci;

/// <summary>
/// Builds a container's config.json from its CRI config, its image and its sandbox, following containerd's
/// base spec (pkg/oci/spec.go) with the CRI plugin's changes (internal/cri/server/container_create.go,
/// internal/cri/opts/spec_linux_opts.go): no /run tmpfs, read-only cgroupfs at /sys/fs/cgroup, the sandbox's
/// hostname, hosts, resolv.conf and /dev/shm bind-mounted, mounts sorted so parents come first.
/// </summary>
internal static class SpecBuilder
{
    public const string DefaultPath = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>The kubelet's defaults (pkg/securitycontext/util.go), applied when the request carries none.</summary>
    public static readonly string[] DefaultMaskedPaths =
    [
        "/proc/asound", "/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
        "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware", "/sys/devices/virtual/powercap",
    ];

    public static readonly string[] DefaultReadonlyPaths = ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"];

    public static Specs.OciSpec Build(
        string containerId,
        ContainerConfig config,
        Images.OciImageConfig image,
        string rootfs,
        SandboxNamespaces sandbox,
        int? targetPid = null)
    {
        var security = config.Linux?.SecurityContext;
        var privileged = security?.Privileged ?? false;
        var imageConfig = image.Config;

        var spec = new Specs.OciSpec
        {
            Root = new Specs.OciRoot { Path = rootfs, Readonly = security?.ReadonlyRootfs ?? false },
            Hostname = sandbox.Uts is null ? null : sandbox.Hostname,
        };

        // process
        var args = Arguments(config, imageConfig);
        if (args.Count == 0)
        {
            throw RuntimeException.InvalidArgument("no command specified: the container config and the image give no command or entrypoint");
        }

        var user = UserResolver.Resolve(rootfs, security, imageConfig?.User);
        var capabilities = Capabilities.Compute(security?.Capabilities, privileged);
        var ambient = security?.Capabilities?.AddAmbientCapabilities.Select(c => c.StartsWith("CAP_", StringComparison.OrdinalIgnoreCase) ? c.ToUpperInvariant() : "CAP_" + c.ToUpperInvariant()).ToList() ?? [];
        spec.Process = new Specs.OciProcess
        {
            Terminal = config.Tty,
            Args = args,
            Env = Environment(config, imageConfig),
            Cwd = config.WorkingDir.Length > 0 ? config.WorkingDir : string.IsNullOrEmpty(imageConfig?.WorkingDir) ? "/" : imageConfig.WorkingDir,
            User = new Specs.OciUser { Uid = user.Uid, Gid = user.Gid, AdditionalGids = [.. user.AdditionalGids] },
            Capabilities = new Specs.OciCapabilities
            {
                Bounding = capabilities,
                Effective = capabilities,
                Permitted = capabilities,
                Inheritable = ambient.Count > 0 ? capabilities : [],
                Ambient = ambient,
            },
            NoNewPrivileges = security?.NoNewPrivs ?? false,
            OomScoreAdj = Internal.OomScore.Clamp(config.Linux?.Resources is { OomScoreAdj: not 0 } r ? (int)r.OomScoreAdj : null),
        };

        if (!spec.Process.Cwd.StartsWith('/'))
        {
            throw RuntimeException.InvalidArgument($"working directory \"{spec.Process.Cwd}\" must be absolute");
        }

        // namespaces
        var namespaces = security?.NamespaceOptions ?? new NamespaceOption { Pid = NamespaceMode.Container };
        spec.Linux.Namespaces.Add(new Specs.OciNamespace { Type = "mount" });
        AddJoined(spec, "network", sandbox.Network);
        AddJoined(spec, "ipc", sandbox.Ipc);
        AddJoined(spec, "uts", sandbox.Uts);
        switch (namespaces.Pid)
        {
            case NamespaceMode.Container:
                spec.Linux.Namespaces.Add(new Specs.OciNamespace { Type = "pid" });
                break;
            case NamespaceMode.Pod:
                var infra = sandbox.InfraPid ?? throw RuntimeException.FailedPrecondition("the sandbox has no shared PID namespace (no infra process)");
                spec.Linux.Namespaces.Add(new Specs.OciNamespace { Type = "pid", Path = $"/proc/{infra}/ns/pid" });
                break;
            case NamespaceMode.Target:
                var target = targetPid ?? throw RuntimeException.FailedPrecondition($"target container \"{namespaces.TargetId}\" is not running");
                spec.Linux.Namespaces.Add(new Specs.OciNamespace { Type = "pid", Path = $"/proc/{target}/ns/pid" });
                break;
            case NamespaceMode.Node:
                break;
        }

        // mounts
        spec.Mounts = Mounts(config, sandbox, security?.ReadonlyRootfs ?? false, privileged);

        // cgroups and resources
        spec.Linux.CgroupsPath = $"{sandbox.CgroupParent.TrimEnd('/')}/{containerId}";
        spec.Linux.Resources = Resources(config.Linux?.Resources, privileged);
        spec.Linux.Devices = [];
        foreach (var device in config.Devices)
        {
            spec.Linux.Devices.Add(HostDevice(device, spec.Linux.Resources));
        }

        if (!privileged)
        {
            spec.Linux.MaskedPaths = security is { MaskedPaths.Count: > 0 } ? [.. security.MaskedPaths] : [.. DefaultMaskedPaths];
            spec.Linux.ReadonlyPaths = security is { ReadonlyPaths.Count: > 0 } ? [.. security.ReadonlyPaths] : [.. DefaultReadonlyPaths];
        }

        spec.Annotations = new Dictionary<string, string>(config.Annotations);
        return spec;
    }

    /// <summary>
    /// Kubernetes' rule (pkg/kubelet/kuberuntime, containerd's WithProcessArgs): <c>command</c> replaces the
    /// image Entrypoint and drops its Cmd; <c>args</c> replaces Cmd.
    /// </summary>
    public static List<string> Arguments(ContainerConfig config, Images.OciContainerConfig? image)
    {
        var entrypoint = config.Command.Count > 0 ? config.Command : image?.Entrypoint ?? [];
        var command = config.Args.Count > 0 ? config.Args : config.Command.Count > 0 ? [] : image?.Cmd ?? [];
        return [.. entrypoint, .. command];
    }

    /// <summary>Image environment first, then the container's; a later value for the same name wins; PATH defaulted.</summary>
    public static List<string> Environment(ContainerConfig config, Images.OciContainerConfig? image)
    {
        var order = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string name, string entry)
        {
            if (!values.ContainsKey(name))
            {
                order.Add(name);
            }

            values[name] = entry;
        }

        foreach (var entry in image?.Env ?? [])
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            Set(equals < 0 ? entry : entry[..equals], entry);
        }

        foreach (var kv in config.Envs)
        {
            Set(kv.Key, $"{kv.Key}={kv.Value}");
        }

        if (!values.ContainsKey("PATH"))
        {
            order.Insert(0, "PATH");
            values["PATH"] = DefaultPath;
        }

        if (config.Tty && !values.ContainsKey("TERM"))
        {
            order.Add("TERM");
            values["TERM"] = "TERM=xterm";
        }

        return [.. order.Select(n => values[n])];
    }

    private static void AddJoined(Specs.OciSpec spec, string type, string? path)
    {
        // A namespace absent from the list is the runtime's own (the host's), as for hostNetwork/hostIPC.
        if (path is not null)
        {
            spec.Linux.Namespaces.Add(new Specs.OciNamespace { Type = type, Path = path });
        }
    }

    private static List<Specs.OciMount> Mounts(ContainerConfig config, SandboxNamespaces sandbox, bool readonlyRoot, bool privileged)
    {
        var requested = config.Mounts.Select(m => m.ContainerPath.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var mounts = new List<Specs.OciMount>
        {
            new() { Destination = "/proc", Type = "proc", Source = "proc", Options = ["nosuid", "noexec", "nodev"] },
            new() { Destination = "/dev", Type = "tmpfs", Source = "tmpfs", Options = ["nosuid", "strictatime", "mode=755", "size=65536k"] },
            new() { Destination = "/dev/pts", Type = "devpts", Source = "devpts", Options = ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"] },
            new() { Destination = "/dev/mqueue", Type = "mqueue", Source = "mqueue", Options = ["nosuid", "noexec", "nodev"] },
            new() { Destination = "/sys", Type = "sysfs", Source = "sysfs", Options = ["nosuid", "noexec", "nodev", privileged ? "rw" : "ro"] },
            new() { Destination = "/sys/fs/cgroup", Type = "cgroup", Source = "cgroup", Options = ["nosuid", "noexec", "nodev", "relatime", privileged ? "rw" : "ro"] },
        };

        if (!requested.Contains("/dev/shm"))
        {
            mounts.Add(sandbox.ShmDirectory is { } shm
                ? new Specs.OciMount { Destination = "/dev/shm", Type = "bind", Source = shm, Options = ["rbind", "rw"] }
                : new Specs.OciMount { Destination = "/dev/shm", Type = "bind", Source = "/dev/shm", Options = ["rbind", "rw"] });
        }

        var fileMode = readonlyRoot ? "ro" : "rw";
        foreach (var (destination, source) in new[] { ("/etc/hostname", sandbox.HostnameFile), ("/etc/hosts", sandbox.HostsFile), ("/etc/resolv.conf", sandbox.ResolvConfFile) })
        {
            if (source is not null && !requested.Contains(destination))
            {
                mounts.Add(new Specs.OciMount { Destination = destination, Type = "bind", Source = source, Options = ["rbind", "rprivate", fileMode] });
            }
        }

        foreach (var mount in config.Mounts)
        {
            if (!mount.ContainerPath.StartsWith('/'))
            {
                throw RuntimeException.InvalidArgument($"mount path \"{mount.ContainerPath}\" must be absolute");
            }

            if (!File.Exists(mount.HostPath) && !Directory.Exists(mount.HostPath))
            {
                throw RuntimeException.InvalidArgument($"failed to mount {mount.ContainerPath}: host path \"{mount.HostPath}\" does not exist");
            }

            var options = new List<string> { "rbind" };
            options.Add(mount.Propagation switch
            {
                MountPropagation.Bidirectional => "rshared",
                MountPropagation.HostToContainer => "rslave",
                _ => "rprivate",
            });
            options.Add(mount.Readonly ? "ro" : "rw");
            if (mount.RecursiveReadOnly)
            {
                options.Add("rro");
            }

            // Symbolic links in the host path are followed, as CRI requires.
            var source = new FileInfo(mount.HostPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? mount.HostPath;
            mounts.Add(new Specs.OciMount { Destination = mount.ContainerPath, Type = "bind", Source = source, Options = options });
        }

        // Parents before children (containerd sorts by path depth).
        return [.. mounts.Select((m, i) => (m, i)).OrderBy(t => t.m.Destination.TrimEnd('/').Count(c => c == '/')).ThenBy(t => t.i).Select(t => t.m)];
    }

    private static Specs.OciResources Resources(LinuxContainerResources? resources, bool privileged)
    {
        var result = new Specs.OciResources
        {
            // Deny everything, then runc adds its default allowed devices; privileged containers get all.
            Devices = [new Specs.OciDeviceCgroup { Allow = privileged, Access = "rwm" }],
        };
        if (resources is null)
        {
            return result;
        }

        if (resources.CpuShares > 0 || resources.CpuQuota != 0 || resources.CpuPeriod > 0 || resources.CpusetCpus.Length > 0 || resources.CpusetMems.Length > 0)
        {
            result.Cpu = new Specs.OciCpu
            {
                Shares = resources.CpuShares > 0 ? (ulong)resources.CpuShares : null,
                Quota = resources.CpuQuota != 0 ? resources.CpuQuota : null,
                Period = resources.CpuPeriod > 0 ? (ulong)resources.CpuPeriod : null,
                Cpus = resources.CpusetCpus.Length > 0 ? resources.CpusetCpus : null,
                Mems = resources.CpusetMems.Length > 0 ? resources.CpusetMems : null,
            };
        }

        if (resources.MemoryLimitInBytes > 0)
        {
            result.Memory = new Specs.OciMemory
            {
                Limit = resources.MemoryLimitInBytes,
                Swap = resources.MemorySwapLimitInBytes > 0 ? resources.MemorySwapLimitInBytes : null,
            };
        }

        if (resources.HugepageLimits.Count > 0)
        {
            result.HugepageLimits = [.. resources.HugepageLimits.Select(h => new Specs.OciHugepageLimit { PageSize = h.PageSize, Limit = h.Limit })];
        }

        if (resources.Unified.Count > 0 && File.Exists("/sys/fs/cgroup/cgroup.controllers"))
        {
            result.Unified = new Dictionary<string, string>(resources.Unified);
        }

        return result;
    }

    private static Specs.OciDevice HostDevice(Device device, Specs.OciResources resources)
    {
        if (!File.Exists(device.HostPath))
        {
            throw RuntimeException.InvalidArgument($"device \"{device.HostPath}\" does not exist");
        }

        var (type, major, minor) = Internal.DeviceInfo.Of(device.HostPath);
        resources.Devices!.Add(new Specs.OciDeviceCgroup { Allow = true, Type = type, Major = major, Minor = minor, Access = device.Permissions });
        return new Specs.OciDevice { Path = device.ContainerPath, Type = type, Major = major, Minor = minor, FileMode = 0x1b6 };
    }
}

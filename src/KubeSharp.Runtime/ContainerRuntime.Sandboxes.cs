using System.Globalization;
using KubeSharp.Runtime.Cni;
using KubeSharp.Runtime.Internal;
using KubeSharp.Runtime.Internal.Native;
using KubeSharp.Runtime.Oci;
using KubeSharp.Runtime.Sandbox;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Runtime;

/// <summary>Pod sandboxes: CRI-O's order of operations (runtime-wire.md §10) with catatonit as the optional infra process.</summary>
public sealed partial class ContainerRuntime
{
    public async Task<string> RunPodSandboxAsync(PodSandboxConfig config, string runtimeHandler = "", CancellationToken cancellationToken = default)
    {
        ValidateSandboxConfig(config, runtimeHandler);
        var namespaces = config.Linux?.SecurityContext?.NamespaceOptions ?? new NamespaceOption { Pid = NamespaceMode.Container };
        var hostNetwork = namespaces.Network == NamespaceMode.Node;
        var hostIpc = namespaces.Ipc == NamespaceMode.Node;
        if (!hostNetwork && config.Hostname.Length == 0)
        {
            throw RuntimeException.InvalidArgument("hostname must be set unless the sandbox uses the node's network");
        }

        var id = NewId();
        var name = SandboxName(config.Metadata);
        lock (_names)
        {
            var clash = _sandboxes.Values.FirstOrDefault(s => SandboxName(s.Config.Metadata) == name);
            if (clash is not null)
            {
                throw new RuntimeException(RuntimeErrorCode.AlreadyExists, $"the sandbox name \"{name}\" is reserved for {clash.Id}");
            }

            _sandboxes[id] = new SandboxRecord { Id = id, Config = config, State = PodSandboxState.NotReady, CreatedAt = _time.GetUtcNow() };
        }

        using var held = await _locks.AcquireAsync(SandboxLockKey(id), cancellationToken).ConfigureAwait(false);
        var stateDirectory = Path.Combine(SandboxesState, id);
        var rootDirectory = Path.Combine(SandboxesRoot, id);
        Directory.CreateDirectory(stateDirectory);
        Directory.CreateDirectory(rootDirectory);
        var cgroupParent = config.Linux is { CgroupParent.Length: > 0 } linux ? linux.CgroupParent : $"{_options.DefaultCgroupParent.TrimEnd('/')}/pod{config.Metadata.Uid}";
        var record = new SandboxRecord
        {
            Id = id,
            Config = config,
            RuntimeHandler = runtimeHandler,
            CreatedAt = _time.GetUtcNow(),
            State = PodSandboxState.NotReady,
            CgroupParent = cgroupParent,
            OwnsCgroupParent = !Cgroups.Exists(cgroupParent),
            Namespaces = namespaces,
        };
        SaveSandbox(record);

        try
        {
            // 1. Namespaces: pinned unless the node's; UTS follows the network (hostNetwork pods keep the node's name).
            var pinned = NamespacePinner.Pin(
                Path.Combine(stateDirectory, "ns"),
                network: !hostNetwork,
                ipc: !hostIpc,
                uts: !hostNetwork,
                hostname: config.Hostname,
                sysctls: config.Linux?.Sysctls ?? new Dictionary<string, string>());
            record = record with
            {
                PinnedNamespaces = [.. pinned.Values],
                NetworkNamespace = hostNetwork ? _options.Cni.NodeNetworkNamespace : pinned["net"],
                IpcNamespace = pinned.GetValueOrDefault("ipc"),
                UtsNamespace = pinned.GetValueOrDefault("uts"),
            };
            SaveSandbox(record);

            // 2. /dev/shm of the pod.
            if (!hostIpc)
            {
                var shm = Path.Combine(stateDirectory, "shm");
                Directory.CreateDirectory(shm);
                if (LibC.mount("shm", shm, "tmpfs", LibC.MS_NOSUID | LibC.MS_NODEV | LibC.MS_NOEXEC, "mode=1777,size=65536k") != 0)
                {
                    throw new RuntimeException(RuntimeErrorCode.Unknown, "mount /dev/shm tmpfs: " + LibC.LastError());
                }

                record = record with { ShmDirectory = shm };
                SaveSandbox(record);
            }

            // 3. Network.
            if (!hostNetwork)
            {
                record = record with { NetworkSetUp = true };
                SaveSandbox(record);
                var result = await _cni.SetupAsync(CniPodOf(record), record.NetworkNamespace!, cancellationToken).ConfigureAwait(false);
                record = record with { Ips = result.Ips };
                SaveSandbox(record);
            }

            // 4. The files every container gets.
            var hostname = hostNetwork ? System.Net.Dns.GetHostName() : config.Hostname;
            SandboxFiles.WriteHostname(Path.Combine(rootDirectory, "hostname"), hostname);
            SandboxFiles.WriteHosts(Path.Combine(rootDirectory, "hosts"), hostname, (record.Ips.Count > 0 ? record.Ips[0] : null));
            SandboxFiles.WriteResolvConf(Path.Combine(rootDirectory, "resolv.conf"), config.DnsConfig);

            // 5. The infra process, only when the pod shares one PID namespace (CRI-O's NeedsInfra).
            if (namespaces.Pid == NamespaceMode.Pod)
            {
                record = await StartInfraAsync(record, cancellationToken).ConfigureAwait(false);
            }

            record = record with { State = PodSandboxState.Ready };
            SaveSandbox(record);
            var ips = string.Join(',', record.Ips);
            LogSandboxReady(_logger, config.Metadata.Namespace, config.Metadata.Name, id, ips);
            return id;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSandboxFailed(_logger, config.Metadata.Namespace, config.Metadata.Name, e.Message);
            await TearDownSandboxAsync(record, CancellationToken.None).ConfigureAwait(false);
            RemoveSandboxFiles(record);
            throw;
        }
    }

    public async Task StopPodSandboxAsync(string podSandboxId, CancellationToken cancellationToken = default)
    {
        if (!_sandboxes.TryGetValue(podSandboxId, out var record))
        {
            // Idempotent: an unknown sandbox has nothing left to reclaim (CRI: StopPodSandbox must not fail then).
            return;
        }

        foreach (var container in _containers.Values.Where(c => c.SandboxId == podSandboxId && !c.IsInfra).ToList())
        {
            await StopContainerAsync(container.Id, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }

        using var held = await _locks.AcquireAsync(SandboxLockKey(podSandboxId), cancellationToken).ConfigureAwait(false);
        record = _sandboxes.GetValueOrDefault(podSandboxId) ?? record;
        record = await TearDownSandboxAsync(record, cancellationToken).ConfigureAwait(false);
        SaveSandbox(record with { State = PodSandboxState.NotReady });
        LogSandboxStopped(_logger, record.Config.Metadata.Namespace, record.Config.Metadata.Name, podSandboxId);
    }

    public async Task RemovePodSandboxAsync(string podSandboxId, CancellationToken cancellationToken = default)
    {
        if (!_sandboxes.ContainsKey(podSandboxId))
        {
            return;
        }

        await StopPodSandboxAsync(podSandboxId, cancellationToken).ConfigureAwait(false);
        foreach (var container in _containers.Values.Where(c => c.SandboxId == podSandboxId && !c.IsInfra).ToList())
        {
            await RemoveContainerAsync(container.Id, cancellationToken).ConfigureAwait(false);
        }

        using var held = await _locks.AcquireAsync(SandboxLockKey(podSandboxId), cancellationToken).ConfigureAwait(false);
        if (_sandboxes.TryGetValue(podSandboxId, out var record))
        {
            RemoveSandboxFiles(record);
            _sandboxes.TryRemove(podSandboxId, out _);
        }
    }

    public Task<PodSandboxStatusResponse> PodSandboxStatusAsync(string podSandboxId, bool verbose = false, CancellationToken cancellationToken = default)
    {
        var record = _sandboxes.GetValueOrDefault(podSandboxId) ?? throw RuntimeException.NotFound("pod sandbox", podSandboxId);
        var info = new Dictionary<string, string>();
        if (verbose)
        {
            info["info"] = System.Text.Json.JsonSerializer.Serialize(record, RuntimeJsonContext.Default.SandboxRecord);
        }

        var hostNetwork = record.Namespaces.Network == NamespaceMode.Node;
        return Task.FromResult(new PodSandboxStatusResponse
        {
            Status = new PodSandboxStatus
            {
                Id = record.Id,
                Metadata = record.Config.Metadata,
                State = record.State,
                CreatedAt = record.CreatedAt,
                Network = hostNetwork ? null : new PodSandboxNetworkStatus { Ip = record.Ips.Count > 0 ? record.Ips[0] : "", AdditionalIps = [.. record.Ips.Skip(1)] },
                NamespaceOptions = record.Namespaces,
                Labels = record.Config.Labels,
                Annotations = record.Config.Annotations,
                RuntimeHandler = record.RuntimeHandler,
            },
            Info = info,
        });
    }

    public Task<IReadOnlyList<PodSandbox>> ListPodSandboxAsync(PodSandboxFilter? filter = null, CancellationToken cancellationToken = default)
    {
        IEnumerable<SandboxRecord> sandboxes = _sandboxes.Values;
        if (filter is not null)
        {
            sandboxes = sandboxes.Where(s =>
                (filter.Id.Length == 0 || s.Id == filter.Id || s.Id.StartsWith(filter.Id, StringComparison.Ordinal))
                && (filter.State is null || s.State == filter.State)
                && MatchesLabels(s.Config.Labels, filter.LabelSelector));
        }

        return Task.FromResult<IReadOnlyList<PodSandbox>>([.. sandboxes.OrderBy(s => s.CreatedAt).Select(s => new PodSandbox
        {
            Id = s.Id,
            Metadata = s.Config.Metadata,
            State = s.State,
            CreatedAt = s.CreatedAt,
            Labels = s.Config.Labels,
            Annotations = s.Config.Annotations,
            RuntimeHandler = s.RuntimeHandler,
        })]);
    }

    /// <summary>
    /// Undoes a sandbox's resources in CRI-O's StopPodSandbox order: CNI DEL (every time, even when already
    /// stopped), the infra process, the pinned namespaces and the /dev/shm tmpfs. Each step is idempotent.
    /// </summary>
    private async Task<SandboxRecord> TearDownSandboxAsync(SandboxRecord record, CancellationToken cancellationToken)
    {
        if (record.NetworkSetUp)
        {
            try
            {
                await _cni.TeardownAsync(CniPodOf(record), record.NetworkNamespace, cancellationToken).ConfigureAwait(false);
                record = record with { NetworkSetUp = false };
            }
            catch (RuntimeException e)
            {
                LogTeardownFailed(_logger, record.Id, e.Message);
                throw;
            }
        }

        if (_containers.TryGetValue(InfraId(record.Id), out var infra))
        {
            await StopContainerAsync(infra.Id, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            await RemoveContainerAsync(infra.Id, cancellationToken).ConfigureAwait(false);
            record = record with { InfraPid = null };
        }

        NamespacePinner.Unpin(record.PinnedNamespaces);
        if (record.ShmDirectory is { } shm)
        {
            _ = LibC.umount2(shm, LibC.MNT_DETACH);
        }

        return record;
    }

    private void RemoveSandboxFiles(SandboxRecord record)
    {
        foreach (var directory in new[] { Path.Combine(SandboxesState, record.Id), Path.Combine(SandboxesRoot, record.Id) })
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        if (record.OwnsCgroupParent)
        {
            Cgroups.Remove(record.CgroupParent);
        }

        _sandboxes.TryRemove(record.Id, out _);
    }

    /// <summary>
    /// The pause process for a shared PID namespace, podman-style: catatonit -P bind-mounted read-only into an
    /// empty root, joining the sandbox's namespaces, owning a new PID namespace, oom_score_adj -998, 2 CPU shares.
    /// </summary>
    private async Task<SandboxRecord> StartInfraAsync(SandboxRecord sandbox, CancellationToken cancellationToken)
    {
        if (!File.Exists(_options.CatatonitPath))
        {
            throw new RuntimeException(RuntimeErrorCode.Unavailable, $"catatonit not found at {_options.CatatonitPath}; it is needed for pods that share a PID namespace");
        }

        var id = InfraId(sandbox.Id);
        var bundle = Path.Combine(ContainersState, id);
        var persist = Path.Combine(ContainersRoot, id);
        var rootfs = Path.Combine(persist, "rootfs");
        Directory.CreateDirectory(bundle);
        Directory.CreateDirectory(rootfs);
        var spec = new Oci.Specs.OciSpec
        {
            Root = new Oci.Specs.OciRoot { Path = rootfs, Readonly = true },
            Hostname = sandbox.UtsNamespace is null ? null : sandbox.Config.Hostname,
            Process = new Oci.Specs.OciProcess
            {
                Args = ["/catatonit", "-P"],
                Env = [SpecBuilder.DefaultPath],
                OomScoreAdj = OomScore.Clamp(-998),
                NoNewPrivileges = true,
                Capabilities = new Oci.Specs.OciCapabilities(),
            },
            Mounts =
            [
                new() { Destination = "/proc", Type = "proc", Source = "proc", Options = ["nosuid", "noexec", "nodev"] },
                new() { Destination = "/dev", Type = "tmpfs", Source = "tmpfs", Options = ["nosuid", "strictatime", "mode=755", "size=65536k"] },
                new() { Destination = "/catatonit", Type = "bind", Source = _options.CatatonitPath, Options = ["bind", "ro", "nosuid", "nodev"] },
            ],
        };
        spec.Linux.Namespaces.Add(new Oci.Specs.OciNamespace { Type = "pid" });
        spec.Linux.Namespaces.Add(new Oci.Specs.OciNamespace { Type = "mount" });
        foreach (var (type, path) in new[] { ("network", sandbox.NetworkNamespace), ("ipc", sandbox.IpcNamespace), ("uts", sandbox.UtsNamespace) })
        {
            if (path is not null)
            {
                spec.Linux.Namespaces.Add(new Oci.Specs.OciNamespace { Type = type, Path = path });
            }
        }

        spec.Linux.CgroupsPath = $"{sandbox.CgroupParent.TrimEnd('/')}/{id}";
        spec.Linux.Resources = new Oci.Specs.OciResources
        {
            Devices = [new Oci.Specs.OciDeviceCgroup { Allow = false, Access = "rwm" }],
            Cpu = new Oci.Specs.OciCpu { Shares = 2 },
        };
        WriteJson(Path.Combine(bundle, "config.json"), System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(spec, RuntimeJsonContext.Default.OciSpec));

        var record = new ContainerRecord
        {
            Id = id,
            SandboxId = sandbox.Id,
            Config = new ContainerConfig { Metadata = new ContainerMetadata { Name = "POD" } },
            IsInfra = true,
            CreatedAt = _time.GetUtcNow(),
            LogPath = "/dev/null",
            CgroupsPath = spec.Linux.CgroupsPath,
            State = ContainerState.Created,
        };
        SaveContainer(record);
        var (pid, conmonPid) = await _conmon.CreateAsync(
            new ConmonCreateRequest { Id = id, Name = $"k8s_POD_{sandbox.Config.Metadata.Name}", BundleDirectory = bundle, PersistDirectory = persist, LogPath = Path.Combine(persist, "infra.log") },
            pid => Cgroups.Place(pid, $"{sandbox.CgroupParent.TrimEnd('/')}/conmon-{id[..12]}"),
            cancellationToken).ConfigureAwait(false);
        record = record with { Pid = pid, PidStartTime = ProcessInfo.StartTime(pid), ConmonPid = conmonPid };
        SaveContainer(record);
        await _runc.StartAsync(id, cancellationToken).ConfigureAwait(false);
        SaveContainer(record with { State = ContainerState.Running, StartedAt = _time.GetUtcNow() });
        return sandbox with { InfraPid = pid, InfraStartTime = record.PidStartTime };
    }

    private static string InfraId(string sandboxId) => sandboxId;

    // The infra container shares the sandbox's ID, so sandbox and container locks live in different key spaces.
    private static string SandboxLockKey(string sandboxId) => "sandbox/" + sandboxId;

    private CniPodInfo CniPodOf(SandboxRecord record) => new()
    {
        SandboxId = record.Id,
        Metadata = record.Config.Metadata,
        PortMappings = record.Config.PortMappings,
        IngressRate = Bandwidth(record.Config.Annotations, "kubernetes.io/ingress-bandwidth"),
        EgressRate = Bandwidth(record.Config.Annotations, "kubernetes.io/egress-bandwidth"),
        CgroupParent = record.CgroupParent,
    };

    /// <summary>A bandwidth annotation (<c>10M</c>, <c>1G</c>, plain bits/s) in bits per second.</summary>
    internal static long? Bandwidth(IReadOnlyDictionary<string, string> annotations, string key)
    {
        if (!annotations.TryGetValue(key, out var value) || value.Length == 0)
        {
            return null;
        }

        var suffixes = new (string Suffix, long Factor)[] { ("Ki", 1L << 10), ("Mi", 1L << 20), ("Gi", 1L << 30), ("Ti", 1L << 40), ("k", 1000), ("M", 1_000_000), ("G", 1_000_000_000), ("T", 1_000_000_000_000) };
        foreach (var (suffix, factor) in suffixes)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal) && decimal.TryParse(value[..^suffix.Length], NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                return (long)(number * factor);
            }
        }

        return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var plain)
            ? (long)plain
            : throw RuntimeException.InvalidArgument($"annotation {key}: \"{value}\" is not a quantity");
    }

    private static string SandboxName(PodSandboxMetadata metadata) =>
        $"k8s_POD_{metadata.Name}_{metadata.Namespace}_{metadata.Uid}_{metadata.Attempt}";

    private static void ValidateSandboxConfig(PodSandboxConfig config, string runtimeHandler)
    {
        if (config.Metadata.Name.Length == 0 || config.Metadata.Namespace.Length == 0 || config.Metadata.Uid.Length == 0)
        {
            throw RuntimeException.InvalidArgument("sandbox metadata needs a name, a namespace and a uid");
        }

        if (runtimeHandler.Length > 0 && runtimeHandler != "runc")
        {
            throw RuntimeException.InvalidArgument($"unknown runtime handler \"{runtimeHandler}\"; only \"runc\" (the default) exists");
        }

        var ns = config.Linux?.SecurityContext?.NamespaceOptions;
        if (ns is not null && (ns.Network is NamespaceMode.Container or NamespaceMode.Target || ns.Ipc is NamespaceMode.Container or NamespaceMode.Target))
        {
            throw RuntimeException.InvalidArgument("sandbox network and IPC namespaces must be POD or NODE");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox {Namespace}/{Name} ready as {SandboxId} with IPs {Ips}")]
    private static partial void LogSandboxReady(ILogger logger, string @namespace, string name, string sandboxId, string ips);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox {Namespace}/{Name} failed to start: {Error}")]
    private static partial void LogSandboxFailed(ILogger logger, string @namespace, string name, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox {Namespace}/{Name} ({SandboxId}) stopped")]
    private static partial void LogSandboxStopped(ILogger logger, string @namespace, string name, string sandboxId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Network teardown of sandbox {SandboxId} failed: {Error}")]
    private static partial void LogTeardownFailed(ILogger logger, string sandboxId, string error);
}

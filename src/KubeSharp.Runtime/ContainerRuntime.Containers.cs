using System.Text.Json;
using KubeSharp.Runtime.Internal;
using KubeSharp.Runtime.Internal.Native;
using KubeSharp.Runtime.Oci;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Runtime;

/// <summary>Containers: an overlay root, a generated bundle, conmon + runc create, runc start, and state from conmon's files.</summary>
public sealed partial class ContainerRuntime
{
    public async Task<string> CreateContainerAsync(string podSandboxId, ContainerConfig config, PodSandboxConfig sandboxConfig, CancellationToken cancellationToken = default)
    {
        if (config.Metadata.Name.Length == 0)
        {
            throw RuntimeException.InvalidArgument("container metadata needs a name");
        }

        if (config.Image.Image.Length == 0)
        {
            throw RuntimeException.InvalidArgument("container config needs an image");
        }

        var sandbox = _sandboxes.GetValueOrDefault(podSandboxId) ?? throw RuntimeException.NotFound("pod sandbox", podSandboxId);
        if (sandbox.State != PodSandboxState.Ready)
        {
            throw RuntimeException.FailedPrecondition($"pod sandbox {podSandboxId} is not ready");
        }

        var image = Images.Images.Resolve(config.Image.Image)
            ?? throw new RuntimeException(RuntimeErrorCode.NotFound, $"image \"{config.Image.Image}\" not found: pull it first");

        var id = NewId();
        var name = ContainerName(config.Metadata, sandbox.Config.Metadata);
        lock (_names)
        {
            var clash = _containers.Values.FirstOrDefault(c => !c.IsInfra && c.SandboxId == podSandboxId && ContainerName(c.Config.Metadata, sandbox.Config.Metadata) == name);
            if (clash is not null)
            {
                throw new RuntimeException(RuntimeErrorCode.AlreadyExists, $"the container name \"{name}\" is reserved for {clash.Id}");
            }

            _containers[id] = new ContainerRecord { Id = id, SandboxId = podSandboxId, Config = config, State = ContainerState.Created, CreatedAt = _time.GetUtcNow() };
        }

        using var held = await _locks.AcquireAsync(id, cancellationToken).ConfigureAwait(false);
        var persist = Path.Combine(ContainersRoot, id);
        var bundle = Path.Combine(ContainersState, id);
        var rootfs = Path.Combine(persist, "rootfs");
        var logPath = sandbox.Config.LogDirectory.Length > 0
            ? Path.Combine(sandbox.Config.LogDirectory, config.LogPath.Length > 0 ? config.LogPath : id + ".log")
            : Path.Combine(persist, id + ".log");
        var record = new ContainerRecord
        {
            Id = id,
            SandboxId = podSandboxId,
            Config = config,
            ImageId = image.Id,
            ImageRef = image.RepoDigests.Count > 0 ? image.RepoDigests[0] : image.Id,
            ChainIds = image.ChainIds,
            LogPath = logPath,
            CreatedAt = _time.GetUtcNow(),
            State = ContainerState.Created,
            StopSignal = image.Config.Config?.StopSignal is { Length: > 0 } signal ? signal : "SIGTERM",
        };

        try
        {
            Directory.CreateDirectory(persist);
            Directory.CreateDirectory(bundle);
            Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
            SaveContainer(record);
            Images.Snapshots.MountOverlay(image.ChainIds, persist, rootfs);
            Images.Touch(image.Id);

            int? targetPid = null;
            if (config.Linux?.SecurityContext?.NamespaceOptions is { Pid: NamespaceMode.Target, TargetId: var target })
            {
                targetPid = _containers.GetValueOrDefault(target) is { Pid: > 0 } t && ProcessInfo.IsAlive(t.Pid, t.PidStartTime) ? t.Pid : null;
            }

            var spec = SpecBuilder.Build(id, config, image.Config, rootfs, NamespacesOf(sandbox), targetPid);
            record = record with { CgroupsPath = spec.Linux.CgroupsPath! };
            WriteJson(Path.Combine(bundle, "config.json"), JsonSerializer.SerializeToUtf8Bytes(spec, RuntimeJsonContext.Default.OciSpec));
            SaveContainer(record);

            var (pid, conmonPid) = await _conmon.CreateAsync(
                new ConmonCreateRequest
                {
                    Id = id,
                    Name = ContainerName(config.Metadata, sandbox.Config.Metadata),
                    BundleDirectory = bundle,
                    PersistDirectory = persist,
                    LogPath = logPath,
                    Terminal = config.Tty,
                    Stdin = config.Stdin,
                    StdinOnce = config.StdinOnce,
                    LogSizeMax = _options.LogSizeMax,
                },
                monitor => Cgroups.Place(monitor, $"{sandbox.CgroupParent.TrimEnd('/')}/conmon-{id[..12]}"),
                cancellationToken).ConfigureAwait(false);
            record = record with { Pid = pid, PidStartTime = ProcessInfo.StartTime(pid), ConmonPid = conmonPid };
            SaveContainer(record);
            LogContainerCreated(_logger, sandbox.Config.Metadata.Namespace, sandbox.Config.Metadata.Name, config.Metadata.Name, id);
            return id;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogContainerCreateFailed(_logger, sandbox.Config.Metadata.Namespace, sandbox.Config.Metadata.Name, config.Metadata.Name, e.Message);
            try
            {
                await CleanUpContainerAsync(record, CancellationToken.None).ConfigureAwait(false);
            }
            catch (IOException cleanup)
            {
                LogDeleteRetry(_logger, persist, cleanup.Message);
            }

            throw;
        }
    }

    public async Task StartContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        using var held = await _locks.AcquireAsync(containerId, cancellationToken).ConfigureAwait(false);
        var record = await RefreshLockedAsync(containerId, cancellationToken).ConfigureAwait(false) ?? throw RuntimeException.NotFound("container", containerId);
        if (record.State != ContainerState.Created)
        {
            throw RuntimeException.FailedPrecondition($"container {containerId} is {record.State.ToString().ToLowerInvariant()}, not created");
        }

        try
        {
            await _runc.StartAsync(containerId, cancellationToken).ConfigureAwait(false);
        }
        catch (RuntimeException e)
        {
            SaveContainer(record with { State = ContainerState.Exited, FinishedAt = _time.GetUtcNow(), ExitCode = 128, Reason = "StartError", Message = e.Message });
            throw;
        }

        SaveContainer(record with { State = ContainerState.Running, StartedAt = _time.GetUtcNow() });
    }

    public async Task StopContainerAsync(string containerId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var held = await _locks.AcquireAsync(containerId, cancellationToken).ConfigureAwait(false);
        var record = await RefreshLockedAsync(containerId, cancellationToken).ConfigureAwait(false) ?? throw RuntimeException.NotFound("container", containerId);
        if (record.State == ContainerState.Exited)
        {
            return;
        }

        // CRI-O's StopContainer: the stop signal, a grace period polling liveness, then SIGKILL until gone.
        if (timeout > TimeSpan.Zero && await _runc.KillAsync(containerId, record.StopSignal, all: false, cancellationToken).ConfigureAwait(false))
        {
            await WaitForExitAsync(record, timeout, cancellationToken).ConfigureAwait(false);
        }

        var backoff = TimeSpan.FromMilliseconds(20);
        while (ProcessInfo.IsAlive(record.Pid, record.PidStartTime))
        {
            // In a shared or host PID namespace children could outlive init: kill the whole cgroup.
            if (!await _runc.KillAsync(containerId, "KILL", all: true, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            await WaitForExitAsync(record, backoff, cancellationToken).ConfigureAwait(false);
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
        }

        record = await WaitForExitFileAsync(record, cancellationToken).ConfigureAwait(false);
        SaveContainer(record);
        LogContainerStopped(_logger, containerId, record.ExitCode);
    }

    public async Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        if (!_containers.TryGetValue(containerId, out var record))
        {
            return;
        }

        if (record.State != ContainerState.Exited)
        {
            await StopContainerAsync(containerId, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }

        using var held = await _locks.AcquireAsync(containerId, cancellationToken).ConfigureAwait(false);
        if (_containers.TryGetValue(containerId, out record))
        {
            await CleanUpContainerAsync(record, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<Container>> ListContainersAsync(ContainerFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var result = new List<Container>();
        foreach (var candidate in _containers.Values.Where(c => !c.IsInfra).OrderBy(c => c.CreatedAt).ToList())
        {
            if (filter is not null
                && ((filter.Id.Length > 0 && !candidate.Id.StartsWith(filter.Id, StringComparison.Ordinal))
                    || (filter.PodSandboxId.Length > 0 && !candidate.SandboxId.StartsWith(filter.PodSandboxId, StringComparison.Ordinal))
                    || !MatchesLabels(candidate.Config.Labels, filter.LabelSelector)))
            {
                continue;
            }

            var record = await RefreshAsync(candidate.Id, cancellationToken).ConfigureAwait(false);
            if (record is null || (filter?.State is { } state && record.State != state))
            {
                continue;
            }

            result.Add(new Container
            {
                Id = record.Id,
                PodSandboxId = record.SandboxId,
                Metadata = record.Config.Metadata,
                Image = record.Config.Image,
                ImageRef = record.ImageRef,
                ImageId = record.ImageId,
                State = record.State,
                CreatedAt = record.CreatedAt,
                Labels = record.Config.Labels,
                Annotations = record.Config.Annotations,
            });
        }

        return result;
    }

    public async Task<ContainerStatusResponse> ContainerStatusAsync(string containerId, bool verbose = false, CancellationToken cancellationToken = default)
    {
        var record = await RefreshAsync(containerId, cancellationToken).ConfigureAwait(false);
        if (record is null || record.IsInfra)
        {
            throw RuntimeException.NotFound("container", containerId);
        }

        var info = new Dictionary<string, string>();
        if (verbose)
        {
            info["info"] = JsonSerializer.Serialize(record, RuntimeJsonContext.Default.ContainerRecord);
            info["pid"] = record.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ContainerStatusResponse
        {
            Status = new ContainerStatus
            {
                Id = record.Id,
                Metadata = record.Config.Metadata,
                State = record.State,
                CreatedAt = record.CreatedAt,
                StartedAt = record.StartedAt,
                FinishedAt = record.FinishedAt,
                ExitCode = record.ExitCode,
                Image = record.Config.Image,
                ImageRef = record.ImageRef,
                ImageId = record.ImageId,
                Reason = record.Reason,
                Message = record.Message,
                Labels = record.Config.Labels,
                Annotations = record.Config.Annotations,
                Mounts = record.Config.Mounts,
                LogPath = record.LogPath,
                Resources = record.Config.Linux?.Resources,
            },
            Info = info,
        };
    }

    public async Task UpdateContainerResourcesAsync(string containerId, LinuxContainerResources resources, CancellationToken cancellationToken = default)
    {
        using var held = await _locks.AcquireAsync(containerId, cancellationToken).ConfigureAwait(false);
        var record = await RefreshLockedAsync(containerId, cancellationToken).ConfigureAwait(false) ?? throw RuntimeException.NotFound("container", containerId);
        if (record.State is not (ContainerState.Created or ContainerState.Running))
        {
            throw RuntimeException.FailedPrecondition($"container {containerId} is not running");
        }

        var spec = SpecBuilder.Build(containerId, record.Config with { Linux = (record.Config.Linux ?? new()) with { Resources = resources } }, new Images.OciImageConfig { Config = new Images.OciContainerConfig { Cmd = ["true"] } }, Path.Combine(ContainersRoot, containerId, "rootfs"), new SandboxNamespaces { CgroupParent = "/" });
        var json = JsonSerializer.SerializeToUtf8Bytes(spec.Linux.Resources!, RuntimeJsonContext.Default.OciResources);
        await _runc.UpdateAsync(containerId, json, cancellationToken).ConfigureAwait(false);
        SaveContainer(record with { Config = record.Config with { Linux = (record.Config.Linux ?? new()) with { Resources = resources } } });
    }

    public async Task ReopenContainerLogAsync(string containerId, CancellationToken cancellationToken = default)
    {
        var record = await RefreshAsync(containerId, cancellationToken).ConfigureAwait(false) ?? throw RuntimeException.NotFound("container", containerId);
        if (record.State != ContainerState.Running)
        {
            // CRI: a runtime that errors here must not create a new log file.
            throw RuntimeException.FailedPrecondition($"container {containerId} is not running");
        }

        // conmon's control FIFO: "2 0 0" reopens the log (creates <path>.tmp, renames it over <path>).
        var ctl = Path.Combine(ContainersState, containerId, "ctl");
        await File.WriteAllTextAsync(ctl, "2 0 0\n", cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < 100 && !File.Exists(record.LogPath); i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the container's current state under its lock.</summary>
    private async Task<ContainerRecord?> RefreshAsync(string containerId, CancellationToken cancellationToken)
    {
        if (!_containers.ContainsKey(containerId))
        {
            return null;
        }

        using var held = await _locks.AcquireAsync(containerId, cancellationToken).ConfigureAwait(false);
        return await RefreshLockedAsync(containerId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Brings a record up to date as CRI-O's UpdateContainerStatus does: conmon's exit file decides that a
    /// container exited (its exit code, its mtime the finish time, the <c>oom</c> marker the reason); a dead
    /// init process without an exit file is given a moment, then exit code 255.
    /// </summary>
    private async Task<ContainerRecord?> RefreshLockedAsync(string containerId, CancellationToken cancellationToken)
    {
        if (!_containers.TryGetValue(containerId, out var record))
        {
            return null;
        }

        if (record.State == ContainerState.Exited || record.Pid == 0)
        {
            return record;
        }

        var exitFile = Path.Combine(ContainersRoot, containerId, "exit");
        if (File.Exists(exitFile) || !ProcessInfo.IsAlive(record.Pid, record.PidStartTime))
        {
            record = await WaitForExitFileAsync(record, cancellationToken).ConfigureAwait(false);
            SaveContainer(record);
        }

        return record;
    }

    private async Task<ContainerRecord> WaitForExitFileAsync(ContainerRecord record, CancellationToken cancellationToken)
    {
        if (record.State == ContainerState.Exited)
        {
            return record;
        }

        var persist = Path.Combine(ContainersRoot, record.Id);
        var exitFile = Path.Combine(persist, "exit");

        // conmon writes the exit file right after reaping; CRI-O polls with back-off (0.5 s × 1.2, 6 steps).
        var delay = TimeSpan.FromMilliseconds(10);
        for (var waited = TimeSpan.Zero; !File.Exists(exitFile) && waited < TimeSpan.FromSeconds(5); waited += delay)
        {
            if (ProcessInfo.IsAlive(record.Pid, record.PidStartTime))
            {
                return record;
            }

            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMilliseconds(500).Ticks));
        }

        int exitCode;
        DateTimeOffset finished;
        if (File.Exists(exitFile) && int.TryParse(File.ReadAllText(exitFile).Trim(), out exitCode))
        {
            finished = File.GetLastWriteTimeUtc(exitFile);
        }
        else
        {
            exitCode = 255;
            finished = _time.GetUtcNow();
        }

        var oom = File.Exists(Path.Combine(persist, "oom")) || File.Exists(Path.Combine(ContainersState, record.Id, "oom"));
        var reason = oom ? ContainerStatus.OomKilledReason : exitCode == 0 ? ContainerStatus.CompletedReason : ContainerStatus.ErrorReason;
        return record with
        {
            State = ContainerState.Exited,
            ExitCode = exitCode,
            FinishedAt = finished,
            StartedAt = record.StartedAt ?? (record.State == ContainerState.Created ? null : record.CreatedAt),
            Reason = record.Reason.Length > 0 ? record.Reason : reason,
        };
    }

    private async Task WaitForExitAsync(ContainerRecord record, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + timeout;
        while (ProcessInfo.IsAlive(record.Pid, record.PidStartTime) && _time.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>runc delete, unmount the root, remove the bundle and the container directory. Each step tolerates absence.</summary>
    private async Task CleanUpContainerAsync(ContainerRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await _runc.DeleteAsync(record.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (RuntimeException e)
        {
            LogDeleteFailed(_logger, record.Id, e.Message);
        }

        if (record.ConmonPid > 0 && File.Exists($"/proc/{record.ConmonPid}/cmdline")
            && File.ReadAllText($"/proc/{record.ConmonPid}/cmdline").Contains(record.Id, StringComparison.Ordinal))
        {
            _ = LibC.kill(record.ConmonPid, LibC.SIGKILL);
        }

        var persist = Path.Combine(ContainersRoot, record.Id);
        _ = LibC.umount2(Path.Combine(persist, "rootfs"), LibC.MNT_DETACH);
        foreach (var directory in new[] { Path.Combine(ContainersState, record.Id), persist })
        {
            await DeleteDirectoryAsync(directory, cancellationToken).ConfigureAwait(false);
        }

        File.Delete(Path.Combine(_options.State, "exits", record.Id));
        var attachLink = Path.Combine(_conmon.SocketDirectory, record.Id);
        if (new FileInfo(attachLink).LinkTarget is not null)
        {
            File.Delete(attachLink);
        }

        if (_sandboxes.TryGetValue(record.SandboxId, out var sandbox))
        {
            Cgroups.Remove($"{sandbox.CgroupParent.TrimEnd('/')}/conmon-{record.Id[..12]}");
        }

        _containers.TryRemove(record.Id, out _);
        _cpuSamples.TryRemove(record.Id, out _);
    }

    /// <summary>Deletes a directory tree, retrying while a dying conmon may still be writing its exit files.</summary>
    private async Task DeleteDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        for (var attempt = 0; Directory.Exists(directory); attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException e) when (attempt < 20)
            {
                LogDeleteRetry(_logger, directory, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(50), _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private SandboxNamespaces NamespacesOf(SandboxRecord sandbox)
    {
        var root = Path.Combine(SandboxesRoot, sandbox.Id);
        return new SandboxNamespaces
        {
            Network = sandbox.NetworkNamespace,
            Ipc = sandbox.IpcNamespace,
            Uts = sandbox.UtsNamespace,
            InfraPid = sandbox.InfraPid,
            Hostname = sandbox.Config.Hostname,
            HostnameFile = Path.Combine(root, "hostname"),
            HostsFile = Path.Combine(root, "hosts"),
            ResolvConfFile = Path.Combine(root, "resolv.conf"),
            ShmDirectory = sandbox.ShmDirectory,
            CgroupParent = sandbox.CgroupParent,
        };
    }

    private static string ContainerName(ContainerMetadata container, PodSandboxMetadata pod) =>
        $"k8s_{container.Name}_{pod.Name}_{pod.Namespace}_{pod.Uid}_{container.Attempt}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Container {Namespace}/{Pod}/{Container} created as {ContainerId}")]
    private static partial void LogContainerCreated(ILogger logger, string @namespace, string pod, string container, string containerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Container {Namespace}/{Pod}/{Container} could not be created: {Error}")]
    private static partial void LogContainerCreateFailed(ILogger logger, string @namespace, string pod, string container, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Container {ContainerId} stopped with exit code {ExitCode}")]
    private static partial void LogContainerStopped(ILogger logger, string containerId, int exitCode);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Retrying removal of {Directory}: {Error}")]
    private static partial void LogDeleteRetry(ILogger logger, string directory, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "runc delete {ContainerId} failed: {Error}")]
    private static partial void LogDeleteFailed(ILogger logger, string containerId, string error);
}

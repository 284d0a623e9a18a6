using KubeSharp.Runtime.Internal;

namespace KubeSharp.Runtime;

/// <summary>Container stats from cgroupfs, as cAdvisor computes them (working set = usage − inactive file).</summary>
public sealed partial class ContainerRuntime
{
    public async Task<ContainerStats> ContainerStatsAsync(string containerId, CancellationToken cancellationToken = default)
    {
        var record = await RefreshAsync(containerId, cancellationToken).ConfigureAwait(false);
        if (record is null || record.IsInfra)
        {
            throw RuntimeException.NotFound("container", containerId);
        }

        return StatsOf(record);
    }

    public async Task<IReadOnlyList<ContainerStats>> ListContainerStatsAsync(ContainerStatsFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var containers = await ListContainersAsync(
            new ContainerFilter { Id = filter?.Id ?? "", PodSandboxId = filter?.PodSandboxId ?? "", LabelSelector = filter?.LabelSelector ?? new Dictionary<string, string>(), State = ContainerState.Running },
            cancellationToken).ConfigureAwait(false);
        return [.. containers.Select(c => _containers.GetValueOrDefault(c.Id)).OfType<ContainerRecord>().Select(StatsOf)];
    }

    private ContainerStats StatsOf(ContainerRecord record)
    {
        var now = _time.GetUtcNow();
        var path = record.CgroupsPath;
        CpuUsage? cpu = null;
        MemoryUsage? memory = null;
        if (path.Length > 0 && record.State == ContainerState.Running)
        {
            var usage = Cgroups.IsV2
                ? Cgroups.ReadKeyed("cpu", path, "cpu.stat").TryGetValue("usage_usec", out var usec) ? usec * 1000 : (ulong?)null
                : Cgroups.ReadUInt64("cpuacct", path, "cpuacct.usage");
            ulong? nanoCores = null;
            if (usage is { } current)
            {
                if (_cpuSamples.TryGetValue(record.Id, out var previous) && now > previous.Time && current >= previous.Usage)
                {
                    nanoCores = (ulong)((current - previous.Usage) / (now - previous.Time).TotalSeconds);
                }

                _cpuSamples[record.Id] = (now, current);
            }

            cpu = new CpuUsage { Timestamp = now, UsageCoreNanoSeconds = usage, UsageNanoCores = nanoCores };

            var stat = Cgroups.ReadKeyed("memory", path, "memory.stat");
            var used = Cgroups.ReadUInt64("memory", path, Cgroups.IsV2 ? "memory.current" : "memory.usage_in_bytes");
            var inactive = stat.GetValueOrDefault(Cgroups.IsV2 ? "inactive_file" : "total_inactive_file");
            ulong? workingSet = used is { } u ? (u > inactive ? u - inactive : 0) : null;
            var limit = Cgroups.ReadUInt64("memory", path, Cgroups.IsV2 ? "memory.max" : "memory.limit_in_bytes");
            memory = new MemoryUsage
            {
                Timestamp = now,
                WorkingSetBytes = workingSet,
                UsageBytes = used,
                AvailableBytes = limit is { } l && workingSet is { } w && l < (1UL << 62) && l > w ? l - w : null,
                RssBytes = stat.TryGetValue(Cgroups.IsV2 ? "anon" : "total_rss", out var rss) ? rss : null,
                PageFaults = stat.TryGetValue(Cgroups.IsV2 ? "pgfault" : "total_pgfault", out var faults) ? faults : null,
                MajorPageFaults = stat.TryGetValue(Cgroups.IsV2 ? "pgmajfault" : "total_pgmajfault", out var major) ? major : null,
            };
        }

        ulong writable = 0, inodes = 0;
        var upper = Path.Combine(ContainersRoot, record.Id, "upper");
        if (Directory.Exists(upper))
        {
            foreach (var entry in new DirectoryInfo(upper).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true }))
            {
                inodes++;
                writable += entry is FileInfo { LinkTarget: null } file ? (ulong)file.Length : 0;
            }
        }

        return new ContainerStats
        {
            Attributes = new ContainerAttributes { Id = record.Id, Metadata = record.Config.Metadata, Labels = record.Config.Labels, Annotations = record.Config.Annotations },
            Cpu = cpu,
            Memory = memory,
            WritableLayer = new FilesystemUsage { Timestamp = now, Mountpoint = upper, UsedBytes = writable, InodesUsed = inodes },
        };
    }
}

using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace KubeSharp.Kubelet.Nodestatus;

/// <summary>
/// What the kubelet reports about its machine, read from the host as cAdvisor does for upstream's kubelet
/// (MachineInfo in cadvisor/info/v1): CPUs online, MemTotal from /proc/meminfo, the size of the filesystem holding
/// the kubelet's root directory, hugepage pools, machine ID, boot ID, kernel and OS image.
/// </summary>
public sealed record MachineInfo
{
    public int NumCores { get; init; }

    public long MemoryCapacityBytes { get; init; }

    /// <summary>Bytes of the filesystem the kubelet's root directory is on (nodefs): ephemeral-storage capacity.</summary>
    public long FilesystemCapacityBytes { get; init; }

    /// <summary>Hugepage pools by page size in bytes, with the number of pages each holds.</summary>
    public IReadOnlyDictionary<long, long> HugePages { get; init; } = new Dictionary<long, long>();

    public string MachineID { get; init; } = "";

    public string SystemUUID { get; init; } = "";

    public string BootID { get; init; } = "";

    public string KernelVersion { get; init; } = "";

    public string OSImage { get; init; } = "Linux";

    /// <summary>GOARCH spelling of the architecture (amd64, arm64).</summary>
    public string Architecture { get; init; } = "amd64";

    /// <summary>Reads the host. <paramref name="rootDirectory"/> (created if missing) decides which filesystem is nodefs.</summary>
    public static MachineInfo Read(string rootDirectory)
    {
        Directory.CreateDirectory(rootDirectory);
        var drive = new DriveInfo(rootDirectory);
        return new MachineInfo
        {
            NumCores = Environment.ProcessorCount,
            MemoryCapacityBytes = ParseMemTotal(ReadOrEmpty("/proc/meminfo")),
            FilesystemCapacityBytes = drive.TotalSize,
            HugePages = ReadHugePages("/sys/kernel/mm/hugepages"),
            MachineID = ReadOrEmpty("/etc/machine-id").Trim(),
            SystemUUID = ReadOrEmpty("/sys/class/dmi/id/product_uuid").Trim().ToLowerInvariant(),
            BootID = ReadOrEmpty("/proc/sys/kernel/random/boot_id").Trim(),
            KernelVersion = ReadOrEmpty("/proc/sys/kernel/osrelease").Trim(),
            OSImage = ParsePrettyName(ReadOrEmpty("/etc/os-release")) ?? "Linux",
            Architecture = RuntimeInformation.OSArchitecture switch
            {
                System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
                System.Runtime.InteropServices.Architecture.Arm => "arm",
                System.Runtime.InteropServices.Architecture.S390x => "s390x",
                System.Runtime.InteropServices.Architecture.Ppc64le => "ppc64le",
                _ => "amd64",
            },
        };
    }

    /// <summary>MemTotal from /proc/meminfo, in bytes (the file says kB, meaning KiB).</summary>
    public static long ParseMemTotal(string meminfo)
    {
        foreach (var line in meminfo.Split('\n'))
        {
            if (!line.StartsWith("MemTotal:", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line["MemTotal:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib))
            {
                return kib * 1024;
            }
        }

        return 0;
    }

    /// <summary>PRETTY_NAME from os-release, unquoted (what upstream reports as osImage).</summary>
    public static string? ParsePrettyName(string osRelease)
    {
        foreach (var line in osRelease.Split('\n'))
        {
            if (line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
            {
                return line["PRETTY_NAME=".Length..].Trim().Trim('"');
            }
        }

        return null;
    }

    /// <summary>
    /// The node's InternalIP when none is configured: the first up, non-loopback interface's global IPv4 address,
    /// as upstream picks the host's default address. Falls back to 127.0.0.1 on a host without one.
    /// </summary>
    public static string DefaultNodeIP()
    {
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus != OperationalStatus.Up || nic.NetworkInterfaceType == NetworkInterfaceType.Loopback)
            {
                continue;
            }

            foreach (var address in nic.GetIPProperties().UnicastAddresses)
            {
                if (address.Address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address.Address))
                {
                    return address.Address.ToString();
                }
            }
        }

        return IPAddress.Loopback.ToString();
    }

    private static Dictionary<long, long> ReadHugePages(string directory)
    {
        var pools = new Dictionary<long, long>();
        if (!Directory.Exists(directory))
        {
            return pools;
        }

        // Directories are named hugepages-<size>kB.
        foreach (var pool in Directory.EnumerateDirectories(directory, "hugepages-*kB"))
        {
            var name = Path.GetFileName(pool);
            if (long.TryParse(name["hugepages-".Length..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var kib)
                && long.TryParse(ReadOrEmpty(Path.Combine(pool, "nr_hugepages")).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pages))
            {
                pools[kib * 1024] = pages;
            }
        }

        return pools;
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}

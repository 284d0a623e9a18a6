using KubeSharp.Kubelet.Nodestatus;

namespace KubeSharp.Kubelet.Tests.Nodestatus;

public sealed class MachineInfoTests
{
    [Theory]
    [InlineData("MemTotal:       24591880 kB\nMemFree:         1000 kB\n", 24_591_880L * 1024)]
    [InlineData("MemFree: 1 kB\nMemTotal: 2048 kB\n", 2048L * 1024)]
    [InlineData("nothing here", 0L)]
    public void ParseMemTotal_Meminfo_Bytes(string meminfo, long expected) => Assert.Equal(expected, MachineInfo.ParseMemTotal(meminfo));

    [Theory]
    [InlineData("NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n", "Debian GNU/Linux 12 (bookworm)")]
    [InlineData("PRETTY_NAME=Alpine\n", "Alpine")]
    [InlineData("NAME=x\n", null)]
    public void ParsePrettyName_OsRelease_Unquoted(string osRelease, string? expected) => Assert.Equal(expected, MachineInfo.ParsePrettyName(osRelease));

    [Fact]
    public void Read_ThisHost_PositiveCapacity()
    {
        var directory = Directory.CreateTempSubdirectory("kubelet-machine-").FullName;
        try
        {
            var machine = MachineInfo.Read(directory);

            Assert.Equal(Environment.ProcessorCount, machine.NumCores);
            Assert.True(machine.MemoryCapacityBytes > 0, "MemTotal was not read");
            Assert.True(machine.FilesystemCapacityBytes > 0, "the filesystem size was not read");
            Assert.NotEmpty(machine.KernelVersion);
        }
        finally
        {
            Directory.Delete(directory);
        }
    }
}

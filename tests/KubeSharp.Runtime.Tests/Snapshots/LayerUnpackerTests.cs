using System.Text;
using KubeSharp.Runtime.Snapshots;
using KubeSharp.Testing.Images;

namespace KubeSharp.Runtime.Tests.Snapshots;

public class LayerUnpackerTests
{
    [Fact]
    public void Unpack_FilesLinksAndModes_Recreated()
    {
        using var temp = new TempDirectory();
        var layer = new TestLayer()
            .Directory("etc")
            .File("etc/conf", "hello", (UnixFileMode)0x1c0 /* 0700 */)
            .File("etc/setuid", "x", (UnixFileMode)0x9ed /* 4755 */)
            .Symlink("etc/link", "conf")
            .HardLink("etc/hard", "etc/conf")
            .Build();

        LayerUnpacker.Unpack(new MemoryStream(layer.Tar), temp.Path);

        Assert.Equal("hello", File.ReadAllText(temp.Combine("etc", "conf")));
        Assert.Equal((UnixFileMode)0x1c0, File.GetUnixFileMode(temp.Combine("etc", "conf")));
        Assert.True(File.GetUnixFileMode(temp.Combine("etc", "setuid")).HasFlag(UnixFileMode.SetUser));
        Assert.Equal("conf", new FileInfo(temp.Combine("etc", "link")).LinkTarget);
        Assert.Equal("hello", File.ReadAllText(temp.Combine("etc", "hard")));
    }

    [Fact]
    public void Unpack_Whiteouts_BecomeOverlayMarkers()
    {
        using var temp = new TempDirectory();
        var layer = new TestLayer().Whiteout("etc/gone").Opaque("data").File("data/new", "n").Build();

        LayerUnpacker.Unpack(new MemoryStream(layer.Tar), temp.Path);

        var whiteout = temp.Combine("etc", "gone");
        Assert.True((int)new FileInfo(whiteout).Attributes != -1, "whiteout device should exist");
        Assert.False(File.Exists(temp.Combine("etc", ".wh.gone")));
        Assert.False(File.Exists(temp.Combine("data", ".wh..wh..opq")));
        Assert.Equal("y", ReadXattr(temp.Combine("data"), "trusted.overlay.opaque"));
        Assert.True(File.Exists(temp.Combine("data", "new")));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/../../escape")]
    public void Unpack_PathEscapingRoot_Refused(string name)
    {
        using var temp = new TempDirectory();
        var layer = new TestLayer().File(name, "x").Build();

        Assert.Throws<InvalidDataException>(() => LayerUnpacker.Unpack(new MemoryStream(layer.Tar), temp.Path));
    }

    [Fact]
    public void Unpack_WriteThroughSymlink_Refused()
    {
        using var temp = new TempDirectory();
        var outside = temp.Combine("outside");
        Directory.CreateDirectory(outside);
        var target = temp.Combine("layer");
        var layer = new TestLayer().Symlink("evil", outside).File("evil/owned", "x").Build();

        Assert.Throws<InvalidDataException>(() => LayerUnpacker.Unpack(new MemoryStream(layer.Tar), target));
        Assert.False(File.Exists(Path.Combine(outside, "owned")));
    }

    [Theory]
    [InlineData("./a/./b", "a/b")]
    [InlineData("/abs/path/", "abs/path")]
    [InlineData("a/b/../c", "a/c")]
    public void CleanName_Normalises(string name, string expected) => Assert.Equal(expected, LayerUnpacker.CleanName(name));

    private static string ReadXattr(string path, string name)
    {
        var buffer = new byte[16];
        var length = Getxattr(path, name, buffer, (nuint)buffer.Length);
        return length < 0 ? "" : Encoding.ASCII.GetString(buffer, 0, (int)length);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getxattr", SetLastError = true)]
    private static extern nint Getxattr([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, [System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string name, byte[] value, nuint size);
}

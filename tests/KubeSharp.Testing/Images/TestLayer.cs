using System.Formats.Tar;
using System.IO.Compression;

namespace KubeSharp.Testing.Images;

/// <summary>
/// One image layer built in memory: files, directories, symbolic links and OCI whiteouts, written as a PAX
/// tar. <see cref="Build"/> returns the uncompressed tar (whose digest is the diff ID) and its gzip form.
/// </summary>
public sealed class TestLayer
{
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly List<Action<TarWriter>> _entries = [];

    public TestLayer Directory(string path, UnixFileMode mode = (UnixFileMode)0x1ed /* 0755 */)
    {
        _entries.Add(w => w.WriteEntry(new PaxTarEntry(TarEntryType.Directory, path.TrimEnd('/') + "/") { Mode = mode, ModificationTime = Epoch }));
        return this;
    }

    public TestLayer File(string path, byte[] content, UnixFileMode mode = (UnixFileMode)0x1a4 /* 0644 */, int uid = 0, int gid = 0)
    {
        _entries.Add(w => w.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, path)
        {
            Mode = mode,
            Uid = uid,
            Gid = gid,
            ModificationTime = Epoch,
            DataStream = new MemoryStream(content),
        }));
        return this;
    }

    public TestLayer File(string path, string content, UnixFileMode mode = (UnixFileMode)0x1a4) =>
        File(path, System.Text.Encoding.UTF8.GetBytes(content), mode);

    /// <summary>Adds a host file's bytes (e.g. the static busybox binary).</summary>
    public TestLayer HostFile(string path, string hostPath, UnixFileMode mode) => File(path, System.IO.File.ReadAllBytes(hostPath), mode);

    public TestLayer Symlink(string path, string target)
    {
        _entries.Add(w => w.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, path) { LinkName = target, Mode = (UnixFileMode)0x1ff, ModificationTime = Epoch }));
        return this;
    }

    public TestLayer HardLink(string path, string target)
    {
        _entries.Add(w => w.WriteEntry(new PaxTarEntry(TarEntryType.HardLink, path) { LinkName = target, Mode = (UnixFileMode)0x1a4, ModificationTime = Epoch }));
        return this;
    }

    /// <summary>An OCI whiteout: deletes <paramref name="path"/> (file or directory) of lower layers.</summary>
    public TestLayer Whiteout(string path)
    {
        var directory = Path.GetDirectoryName(path)?.Replace('\\', '/');
        var name = ".wh." + Path.GetFileName(path);
        return File(string.IsNullOrEmpty(directory) ? name : $"{directory}/{name}", []);
    }

    /// <summary>An opaque whiteout: hides every lower-layer child of <paramref name="directory"/>.</summary>
    public TestLayer Opaque(string directory) => File($"{directory.TrimEnd('/')}/.wh..wh..opq", []);

    public BuiltLayer Build()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var entry in _entries)
            {
                entry(writer);
            }
        }

        var uncompressed = tar.ToArray();
        using var gzip = new MemoryStream();
        using (var compressor = new GZipStream(gzip, CompressionLevel.Fastest, leaveOpen: true))
        {
            compressor.Write(uncompressed);
        }

        return new BuiltLayer(uncompressed, gzip.ToArray());
    }

    /// <summary>The busybox userland: the static binary, a link per applet, and the usual top-level directories.</summary>
    public static TestLayer Busybox(string busyboxPath = "/bin/busybox")
    {
        var layer = new TestLayer();
        foreach (var directory in new[] { "bin", "dev", "etc", "proc", "root", "sys", "tmp", "var", "var/www", "usr", "usr/bin", "home" })
        {
            layer.Directory(directory, directory == "tmp" ? (UnixFileMode)0x3ff /* 1777 */ : (UnixFileMode)0x1ed);
        }

        layer.HostFile("bin/busybox", busyboxPath, (UnixFileMode)0x1ed);
        foreach (var applet in Applets(busyboxPath))
        {
            if (applet != "busybox")
            {
                layer.Symlink($"bin/{applet}", "busybox");
            }
        }

        layer.File("etc/passwd", "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\nuser:x:1000:1000:user:/home:/bin/sh\n");
        layer.File("etc/group", "root:x:0:\nnogroup:x:65534:\nuser:x:1000:\nextra:x:2000:user\n");
        return layer;
    }

    private static string[] Applets(string busyboxPath)
    {
        var result = ProcessRunner.RunAsync(busyboxPath, ["--list"]).GetAwaiter().GetResult();
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}

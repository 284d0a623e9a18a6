using System.Formats.Tar;
using System.Runtime.InteropServices;
using System.Text;
using KubeSharp.Runtime.Internal.Native;

namespace KubeSharp.Runtime.Snapshots;

/// <summary>
/// Unpacks one layer tar into an empty directory that becomes an overlayfs lower layer. As containerd's
/// overlay applier does (pkg/archive/tar.go, tar_opts_linux.go): <c>.wh.&lt;name&gt;</c> becomes a 0/0 character
/// device at <c>&lt;name&gt;</c>, <c>.wh..wh..opq</c> becomes <c>trusted.overlay.opaque=y</c> on its directory, other
/// <c>.wh..wh.</c> entries are metadata and skipped. Every path stays inside the target: <c>..</c> escapes,
/// writes through symbolic links and hard links to outside the layer are refused.
/// </summary>
public static class LayerUnpacker
{
    public const string WhiteoutPrefix = ".wh.";
    public const string WhiteoutMetaPrefix = ".wh..wh.";
    public const string OpaqueWhiteout = ".wh..wh..opq";
    private const string PaxXattrPrefix = "SCHILY.xattr.";

    /// <summary>Applies the tar stream to <paramref name="target"/> (which should be empty).</summary>
    public static void Unpack(Stream tar, string target)
    {
        target = Path.GetFullPath(target);
        Directory.CreateDirectory(target);
        var directoryTimes = new List<(string Path, DateTimeOffset Time)>();
        using var reader = new TarReader(tar, leaveOpen: true);
        TarEntry? entry;
        while ((entry = reader.GetNextEntry(copyData: false)) is not null)
        {
            if (entry.EntryType is TarEntryType.GlobalExtendedAttributes or TarEntryType.ExtendedAttributes)
            {
                continue;
            }

            var relative = CleanName(entry.Name);
            if (relative.Length == 0)
            {
                // The layer root itself ("./"): take its attributes.
                if (entry.EntryType == TarEntryType.Directory)
                {
                    ApplyOwnershipAndMode(target, entry);
                    directoryTimes.Add((target, entry.ModificationTime));
                }

                continue;
            }

            var parentRelative = Path.GetDirectoryName(relative) ?? "";
            var baseName = Path.GetFileName(relative);
            var parent = EnsureParent(target, parentRelative);

            if (baseName.StartsWith(WhiteoutPrefix, StringComparison.Ordinal))
            {
                ApplyWhiteout(parent, baseName, entry);
                continue;
            }

            var path = Path.Combine(parent, baseName);
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    if (!IsRealDirectory(path))
                    {
                        RemoveExisting(path);
                        Directory.CreateDirectory(path);
                    }

                    ApplyOwnershipAndMode(path, entry);
                    ApplyXattrs(path, entry);
                    directoryTimes.Add((path, entry.ModificationTime));
                    break;

                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    RemoveExisting(path);
                    using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                    {
                        entry.DataStream?.CopyTo(file);
                    }

                    ApplyOwnershipAndMode(path, entry);
                    ApplyXattrs(path, entry);
                    SetTimes(path, entry.ModificationTime);
                    break;

                case TarEntryType.SymbolicLink:
                    RemoveExisting(path);
                    File.CreateSymbolicLink(path, entry.LinkName);
                    Chown(path, entry);
                    ApplyXattrs(path, entry);
                    SetTimes(path, entry.ModificationTime);
                    break;

                case TarEntryType.HardLink:
                    var linkTarget = Path.Combine(target, CleanName(entry.LinkName));
                    if (!Exists(linkTarget) || IsRealDirectory(linkTarget))
                    {
                        throw new InvalidDataException($"hard link {relative} points to {entry.LinkName}, which is not in the layer");
                    }

                    RemoveExisting(path);
                    Check(LibC.link(linkTarget, path), $"link {relative}");
                    break;

                case TarEntryType.CharacterDevice or TarEntryType.BlockDevice or TarEntryType.Fifo:
                    RemoveExisting(path);
                    var posix = (PosixTarEntry)entry;
                    var type = entry.EntryType switch
                    {
                        TarEntryType.CharacterDevice => LibC.IfChr,
                        TarEntryType.BlockDevice => LibC.IfBlk,
                        _ => LibC.IfIfo,
                    };
                    Check(LibC.mknod(path, type | (uint)entry.Mode, MakeDevice(posix.DeviceMajor, posix.DeviceMinor)), $"mknod {relative}");
                    ApplyOwnershipAndMode(path, entry);
                    SetTimes(path, entry.ModificationTime);
                    break;

                default:
                    // Sparse and other exotic GNU types do not occur in image layers built by real tools.
                    throw new InvalidDataException($"unsupported tar entry type {entry.EntryType} for {relative}");
            }
        }

        // Directory mtimes last: writing their children changed them.
        for (var i = directoryTimes.Count - 1; i >= 0; i--)
        {
            SetTimes(directoryTimes[i].Path, directoryTimes[i].Time);
        }
    }

    /// <summary>Normalises a tar member name to a relative path without <c>.</c> and <c>..</c>; refuses escapes.</summary>
    public static string CleanName(string name)
    {
        var parts = new List<string>();
        foreach (var part in name.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    throw new InvalidDataException($"tar entry \"{name}\" escapes the layer root");
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }

    private static void ApplyWhiteout(string parent, string baseName, TarEntry entry)
    {
        if (baseName == OpaqueWhiteout)
        {
            SetXattr(parent, "trusted.overlay.opaque", "y"u8.ToArray(), ignoreUnsupported: false);
            return;
        }

        if (baseName.StartsWith(WhiteoutMetaPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var hidden = Path.Combine(parent, baseName[WhiteoutPrefix.Length..]);
        if (Exists(hidden))
        {
            // Entries of the same layer are not hidden by that layer's own whiteouts (image-spec layer.md).
            return;
        }

        Check(LibC.mknod(hidden, LibC.IfChr, 0), $"whiteout {hidden}");
        Chown(hidden, entry);
    }

    private static string EnsureParent(string root, string parentRelative)
    {
        var current = root;
        if (parentRelative.Length == 0)
        {
            return current;
        }

        foreach (var part in parentRelative.Split('/'))
        {
            current = Path.Combine(current, part);
            if (IsSymlink(current))
            {
                throw new InvalidDataException($"tar entry path goes through the symbolic link {Path.GetRelativePath(root, current)}");
            }

            if (!IsRealDirectory(current))
            {
                RemoveExisting(current);
                Directory.CreateDirectory(current);
            }
        }

        return current;
    }

    // FileSystemInfo.Attributes comes from lstat: -1 when absent, ReparsePoint for symbolic links.
    private static FileAttributes? Lstat(string path)
    {
        var attributes = new FileInfo(path).Attributes;
        return (int)attributes == -1 ? null : attributes;
    }

    private static bool Exists(string path) => Lstat(path) is not null;

    private static bool IsSymlink(string path) => Lstat(path) is { } a && a.HasFlag(FileAttributes.ReparsePoint);

    private static bool IsRealDirectory(string path) =>
        Lstat(path) is { } a && a.HasFlag(FileAttributes.Directory) && !a.HasFlag(FileAttributes.ReparsePoint);

    private static void RemoveExisting(string path)
    {
        if (IsRealDirectory(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (Exists(path))
        {
            // Files, symbolic links, devices and fifos alike: unlink.
            File.Delete(path);
        }
    }

    private static void ApplyOwnershipAndMode(string path, TarEntry entry)
    {
        Chown(path, entry);

        // chown clears set-id bits, so the mode goes second; chmod takes them (UnixFileMode has no file type bits).
        Check(LibC.chmod(path, (uint)entry.Mode), $"chmod {path}");
    }

    private static void Chown(string path, TarEntry entry)
    {
        Check(LibC.lchown(path, entry.Uid, entry.Gid), $"lchown {path}");
    }

    private static void ApplyXattrs(string path, TarEntry entry)
    {
        if (entry is not PaxTarEntry pax)
        {
            return;
        }

        foreach (var (key, value) in pax.ExtendedAttributes)
        {
            if (key.StartsWith(PaxXattrPrefix, StringComparison.Ordinal))
            {
                // PAX carries xattr values as raw bytes inside a UTF-8 record; TarReader decoded them as UTF-8.
                SetXattr(path, key[PaxXattrPrefix.Length..], Encoding.Latin1.GetBytes(value), ignoreUnsupported: true);
            }
        }
    }

    private static void SetXattr(string path, string name, byte[] value, bool ignoreUnsupported)
    {
        if (LibC.lsetxattr(path, name, value, (nuint)value.Length, 0) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (ignoreUnsupported && (errno == LibC.EPERM || errno == 95 /* EOPNOTSUPP */))
            {
                return;
            }

            throw new IOException($"setxattr {name} on {path}: {Marshal.GetPInvokeErrorMessage(errno)}");
        }
    }

    private static unsafe void SetTimes(string path, DateTimeOffset time)
    {
        var seconds = time.ToUnixTimeSeconds();
        var nanos = (time.UtcTicks % TimeSpan.TicksPerSecond) * 100;
        var times = stackalloc LibC.Timespec[2];
        times[0] = new LibC.Timespec { Seconds = seconds, Nanoseconds = nanos };
        times[1] = times[0];

        // Not fatal: some filesystems refuse times on special files.
        _ = LibC.utimensat(LibC.AT_FDCWD, path, times, LibC.AT_SYMLINK_NOFOLLOW);
    }

    private static ulong MakeDevice(int major, int minor)
    {
        // glibc's makedev encoding.
        var ma = (ulong)major;
        var mi = (ulong)minor;
        return ((ma & 0xfffff000UL) << 32) | ((ma & 0xfffUL) << 8) | ((mi & 0xffffff00UL) << 12) | (mi & 0xffUL);
    }

    private static void Check(int result, string what)
    {
        if (result != 0)
        {
            throw new IOException($"{what}: {LibC.LastError()}");
        }
    }
}

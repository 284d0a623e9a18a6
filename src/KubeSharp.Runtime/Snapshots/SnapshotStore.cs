using KubeSharp.Runtime.Images;
using KubeSharp.Runtime.Internal.Native;

namespace KubeSharp.Runtime.Snapshots;

/// <summary>
/// Unpacked layers, one directory per chain ID (<c>snapshots/&lt;chain hex&gt;/fs</c>), shared by every image that
/// contains the same layer stack, and stacked with overlayfs into container root filesystems. Short links in
/// <c>l/</c> keep the overlay mount options under the kernel's one-page limit, as Docker's overlay2 driver does.
/// </summary>
public sealed class SnapshotStore
{
    private readonly string _snapshots;
    private readonly string _links;
    private readonly string _temp;
    private readonly Internal.KeyedLock _locks = new();

    public SnapshotStore(string root)
    {
        Root = root;
        _snapshots = Path.Combine(root, "snapshots");
        _links = Path.Combine(root, "l");
        _temp = Path.Combine(root, "tmp");
        Directory.CreateDirectory(_snapshots);
        Directory.CreateDirectory(_links);
        Directory.CreateDirectory(_temp);
    }

    public string Root { get; }

    /// <summary>The unpacked directory of a chain ID (whether or not it exists).</summary>
    public string PathOf(string chainId) => Path.Combine(_snapshots, Digests.Hex(chainId), "fs");

    public bool Exists(string chainId) => Directory.Exists(PathOf(chainId));

    /// <summary>
    /// Creates the snapshot for <paramref name="chainId"/> by running <paramref name="unpack"/> into an empty
    /// directory, then publishing it atomically. Concurrent callers for the same chain ID unpack once.
    /// </summary>
    public async Task EnsureAsync(string chainId, Func<string, CancellationToken, Task> unpack, CancellationToken cancellationToken)
    {
        if (Exists(chainId))
        {
            return;
        }

        using var held = await _locks.AcquireAsync(chainId, cancellationToken).ConfigureAwait(false);
        if (Exists(chainId))
        {
            return;
        }

        var hex = Digests.Hex(chainId);
        var work = Path.Combine(_temp, Guid.NewGuid().ToString("N"));
        try
        {
            var fs = Path.Combine(work, "fs");
            Directory.CreateDirectory(fs);
            await unpack(fs, cancellationToken).ConfigureAwait(false);
            var final = Path.Combine(_snapshots, hex);
            Directory.Move(work, final);
            var link = Path.Combine(_links, LinkName(hex));
            if (!File.Exists(link) && new FileInfo(link).LinkTarget is null)
            {
                File.CreateSymbolicLink(link, Path.Combine("..", "snapshots", hex, "fs"));
            }
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>
    /// Mounts an overlay of the chain's layers (top-most last in <paramref name="chainIds"/>) at
    /// <paramref name="target"/>, with a writable upper directory under <paramref name="containerDirectory"/>.
    /// </summary>
    public void MountOverlay(IReadOnlyList<string> chainIds, string containerDirectory, string target, bool readOnly = false)
    {
        var upper = Path.Combine(containerDirectory, "upper");
        var work = Path.Combine(containerDirectory, "work");
        Directory.CreateDirectory(upper);
        Directory.CreateDirectory(work);
        Directory.CreateDirectory(target);

        var lowers = new List<string>();
        for (var i = chainIds.Count - 1; i >= 0; i--)
        {
            if (!Exists(chainIds[i]))
            {
                throw RuntimeException.NotFound("snapshot", chainIds[i]);
            }

            lowers.Add(Path.Combine(_links, LinkName(Digests.Hex(chainIds[i]))));
        }

        if (lowers.Count == 0)
        {
            // An image without layers: overlayfs needs at least one lower directory.
            var empty = Path.Combine(containerDirectory, "empty");
            Directory.CreateDirectory(empty);
            lowers.Add(empty);
        }

        var options = $"lowerdir={string.Join(':', lowers)},upperdir={upper},workdir={work}";
        if (LibC.mount("overlay", target, "overlay", readOnly ? LibC.MS_RDONLY : 0, options) != 0)
        {
            throw new RuntimeException(RuntimeErrorCode.Unknown, $"mount overlay at {target}: {LibC.LastError()}");
        }
    }

    /// <summary>Removes snapshots whose chain ID is not in <paramref name="keep"/>. Returns how many were removed.</summary>
    public int Prune(IReadOnlySet<string> keep)
    {
        var removed = 0;
        foreach (var directory in Directory.EnumerateDirectories(_snapshots))
        {
            var hex = Path.GetFileName(directory);
            if (keep.Contains(Digests.Sha256Prefix + hex))
            {
                continue;
            }

            File.Delete(Path.Combine(_links, LinkName(hex)));
            Directory.Delete(directory, recursive: true);
            removed++;
        }

        return removed;
    }

    public IEnumerable<string> List() =>
        Directory.EnumerateDirectories(_snapshots).Select(d => Digests.Sha256Prefix + Path.GetFileName(d));

    private static string LinkName(string hex) => hex[..16];
}

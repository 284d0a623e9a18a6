using System.Security.Cryptography;

namespace KubeSharp.Runtime.Images;

/// <summary>
/// Content-addressed blob storage, laid out like an OCI image layout: <c>blobs/sha256/&lt;hex&gt;</c>. Writes go to
/// <c>ingest/</c> first and are renamed into place only after the size and digest were verified, so a blob
/// in <c>blobs/</c> is always complete and correct.
/// </summary>
public sealed class ContentStore
{
    private readonly string _blobs;
    private readonly string _ingest;

    public ContentStore(string root)
    {
        Root = root;
        _blobs = Path.Combine(root, "blobs", "sha256");
        _ingest = Path.Combine(root, "ingest");
        Directory.CreateDirectory(_blobs);
        Directory.CreateDirectory(_ingest);
    }

    public string Root { get; }

    public string PathOf(string digest) => Path.Combine(_blobs, Digests.Hex(digest));

    public bool Exists(string digest) => File.Exists(PathOf(digest));

    public long SizeOf(string digest) => new FileInfo(PathOf(digest)).Length;

    public Stream OpenRead(string digest)
    {
        try
        {
            return new FileStream(PathOf(digest), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        }
        catch (FileNotFoundException)
        {
            throw RuntimeException.NotFound("blob", digest);
        }
    }

    public async Task<byte[]> ReadAllBytesAsync(string digest, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(PathOf(digest), cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            throw RuntimeException.NotFound("blob", digest);
        }
    }

    /// <summary>
    /// Copies <paramref name="source"/> into the store, verifying it against the expected size (when ≥ 0) and
    /// digest. A mismatch discards the data and fails: content is never trusted before it is verified.
    /// </summary>
    public async Task WriteAsync(string digest, long expectedSize, Stream source, CancellationToken cancellationToken)
    {
        var hex = Digests.Hex(digest);
        var target = Path.Combine(_blobs, hex);
        if (File.Exists(target))
        {
            return;
        }

        var temp = Path.Combine(_ingest, $"{hex}-{Guid.NewGuid():N}");
        try
        {
            long written = 0;
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                {
                    var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
                    try
                    {
                        int read;
                        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                        {
                            written += read;
                            if (expectedSize >= 0 && written > expectedSize)
                            {
                                throw new RuntimeException(RuntimeErrorCode.Unknown, $"blob {digest}: more data than the expected {expectedSize} bytes");
                            }

                            hash.AppendData(buffer, 0, read);
                            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                        }
                    }
                    finally
                    {
                        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    }
                }

                if (expectedSize >= 0 && written != expectedSize)
                {
                    throw new RuntimeException(RuntimeErrorCode.Unknown, $"blob {digest}: got {written} bytes, expected {expectedSize}");
                }

                var actual = Digests.Sha256Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
                if (actual != digest)
                {
                    throw new RuntimeException(RuntimeErrorCode.Unknown, $"blob digest mismatch: expected {digest}, got {actual}");
                }
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Task WriteAsync(string digest, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var stream = new MemoryStream(data.ToArray(), writable: false);
        return WriteAsync(digest, data.Length, stream, cancellationToken);
    }

    public void Delete(string digest) => File.Delete(PathOf(digest));

    /// <summary>Every stored digest.</summary>
    public IEnumerable<string> List() =>
        Directory.EnumerateFiles(_blobs).Select(f => Digests.Sha256Prefix + Path.GetFileName(f));
}

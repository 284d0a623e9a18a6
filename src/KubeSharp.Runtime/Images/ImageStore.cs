using System.Text.Json;
using KubeSharp.Runtime.Internal;

namespace KubeSharp.Runtime.Images;

/// <summary>
/// The image records and the names that point at them. A name (tag or digest reference) points at one image;
/// giving it to another image moves it, as <c>docker pull</c> moves a tag. Records live in memory and are
/// written through to <c>images/&lt;id hex&gt;.json</c>.
/// </summary>
public sealed class ImageStore
{
    private readonly string _directory;
    private readonly Dictionary<string, ImageRecord> _images = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public ImageStore(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.EnumerateFiles(directory, "*.json"))
        {
            try
            {
                var record = JsonSerializer.Deserialize(File.ReadAllBytes(file), RuntimeJsonContext.Default.ImageRecord);
                if (record is not null)
                {
                    _images[record.Id] = record;
                }
            }
            catch (JsonException)
            {
                // A torn write from a crash: the pull will be redone.
                File.Delete(file);
            }
        }
    }

    public IReadOnlyList<ImageRecord> List()
    {
        lock (_lock)
        {
            return [.. _images.Values];
        }
    }

    public ImageRecord? Get(string id)
    {
        lock (_lock)
        {
            return _images.GetValueOrDefault(id);
        }
    }

    /// <summary>
    /// Finds an image by ID (<c>sha256:…</c> or bare hex), by reference (tag or digest, normalised), or by a
    /// unique ID prefix of at least 12 hex digits, in that order.
    /// </summary>
    public ImageRecord? Resolve(string image)
    {
        lock (_lock)
        {
            if (_images.TryGetValue(image, out var byId) || _images.TryGetValue(Digests.Sha256Prefix + image, out byId))
            {
                return byId;
            }

            if (ImageReference.TryParse(image, out var reference, out _))
            {
                var byName = reference.Digest is { } digest
                    ? _images.Values.FirstOrDefault(i => i.RepoDigests.Contains(reference.WithDigest(digest)))
                    : _images.Values.FirstOrDefault(i => i.RepoTags.Contains(reference.TaggedName!));
                if (byName is not null)
                {
                    return byName;
                }
            }

            var prefix = image.StartsWith(Digests.Sha256Prefix, StringComparison.Ordinal) ? image : Digests.Sha256Prefix + image;
            if (image.Length >= 12 && image.All(char.IsAsciiHexDigitLower))
            {
                var matches = _images.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Take(2).ToList();
                if (matches.Count == 1)
                {
                    return _images[matches[0]];
                }
            }

            return null;
        }
    }

    /// <summary>Stores (or updates) an image and points its names at it, taking them from any other image.</summary>
    public ImageRecord Put(ImageRecord record)
    {
        lock (_lock)
        {
            var names = record.RepoTags.Concat(record.RepoDigests).ToHashSet(StringComparer.Ordinal);
            foreach (var other in _images.Values.Where(i => i.Id != record.Id).ToList())
            {
                if (other.RepoTags.Any(names.Contains) || other.RepoDigests.Any(names.Contains))
                {
                    Save(other with
                    {
                        RepoTags = [.. other.RepoTags.Where(t => !names.Contains(t))],
                        RepoDigests = [.. other.RepoDigests.Where(d => !names.Contains(d))],
                    });
                }
            }

            if (_images.TryGetValue(record.Id, out var existing))
            {
                record = record with
                {
                    RepoTags = [.. existing.RepoTags.Union(record.RepoTags, StringComparer.Ordinal)],
                    RepoDigests = [.. existing.RepoDigests.Union(record.RepoDigests, StringComparer.Ordinal)],
                    Pinned = existing.Pinned || record.Pinned,
                };
            }

            Save(record);
            return record;
        }
    }

    /// <summary>Replaces a record as is (no name moves).</summary>
    public void Update(ImageRecord record)
    {
        lock (_lock)
        {
            if (_images.ContainsKey(record.Id))
            {
                Save(record);
            }
        }
    }

    public bool Remove(string id)
    {
        lock (_lock)
        {
            if (!_images.Remove(id))
            {
                return false;
            }

            File.Delete(FileOf(id));
            return true;
        }
    }

    private void Save(ImageRecord record)
    {
        _images[record.Id] = record;
        var file = FileOf(record.Id);
        var temp = file + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(record, RuntimeJsonContext.Default.ImageRecord));
        File.Move(temp, file, overwrite: true);
    }

    private string FileOf(string id) => Path.Combine(_directory, Digests.Hex(id) + ".json");
}

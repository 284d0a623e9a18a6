namespace KubeSharp.Runtime.Images;

/// <summary>How a layer blob is compressed.</summary>
public enum LayerCompression
{
    None,
    Gzip,
    Zstd,

    /// <summary>Sniff the magic bytes (gzip <c>1f 8b</c>, zstd <c>28 b5 2f fd</c>).</summary>
    Detect,
}

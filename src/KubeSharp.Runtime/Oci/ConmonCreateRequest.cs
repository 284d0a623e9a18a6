namespace KubeSharp.Runtime.Oci;

/// <summary>What conmon needs to create one container (the §1.3 command line of CRI-O's CreateContainer).</summary>
internal sealed record ConmonCreateRequest
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Holds config.json; conmon's working directory (so its <c>oom</c> marker lands here).</summary>
    public required string BundleDirectory { get; init; }

    /// <summary>Where conmon writes <c>exit</c> and <c>oom</c>.</summary>
    public required string PersistDirectory { get; init; }

    public required string LogPath { get; init; }

    public bool Terminal { get; init; }

    public bool Stdin { get; init; }

    public bool StdinOnce { get; init; }

    /// <summary>conmon's <c>--log-size-max</c>; negative leaves it out (the kubelet rotates).</summary>
    public long LogSizeMax { get; init; } = -1;
}

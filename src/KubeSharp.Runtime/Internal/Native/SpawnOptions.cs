namespace KubeSharp.Runtime.Internal.Native;

/// <summary>How to start a child with <see cref="ProcessSpawner"/>.</summary>
internal sealed record SpawnOptions
{
    /// <summary>Absolute path of the executable.</summary>
    public required string FileName { get; init; }

    /// <summary>Arguments after argv[0] (which is <see cref="FileName"/>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The child's whole environment (it does not inherit ours).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Child descriptor number → our descriptor to place there. Unlisted 0/1/2 become /dev/null.</summary>
    public IReadOnlyDictionary<int, int> FileDescriptors { get; init; } = new Dictionary<int, int>();

    public string? WorkingDirectory { get; init; }

    /// <summary>Put the child in a process group of its own, so signals to ours do not reach it.</summary>
    public bool NewProcessGroup { get; init; }

    /// <summary>Start a new session; with <see cref="ControllingTerminal"/> the terminal becomes its controlling tty.</summary>
    public bool NewSession { get; init; }

    /// <summary>A terminal device path opened as fds 0, 1 and 2 after <c>setsid</c>.</summary>
    public string? ControllingTerminal { get; init; }
}

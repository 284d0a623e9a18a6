namespace KubeSharp.Runtime;

/// <summary>CRI <c>ExecRequest</c>: a command to run in a container with streamed stdio.</summary>
public sealed record ExecRequest
{
    public string ContainerId { get; init; } = "";

    public IReadOnlyList<string> Cmd { get; init; } = [];

    /// <summary>Run in a terminal; stdout and stderr are then one stream and <see cref="Stderr"/> must be false.</summary>
    public bool Tty { get; init; }

    public bool Stdin { get; init; }

    public bool Stdout { get; init; } = true;

    public bool Stderr { get; init; } = true;

    /// <summary>Initial terminal size when <see cref="Tty"/> is set.</summary>
    public TerminalSize? TerminalSize { get; init; }
}

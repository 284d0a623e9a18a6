namespace KubeSharp.Runtime;

/// <summary>
/// A live exec or attach session: the process's standard streams, terminal resizing, and its end.
/// Streams that were not requested are null. Disposing the session closes the streams; for exec it also
/// kills the command if it still runs.
/// </summary>
public abstract class StreamingSession : IAsyncDisposable
{
    /// <summary>Writes go to the process's stdin. Close it with <see cref="CloseStdinAsync"/> to send end-of-file.</summary>
    public abstract Stream? Stdin { get; }

    /// <summary>The process's stdout (with a TTY: the terminal's whole output).</summary>
    public abstract Stream? Stdout { get; }

    /// <summary>The process's stderr; always null with a TTY.</summary>
    public abstract Stream? Stderr { get; }

    /// <summary>
    /// Completes when the session ends: for exec with the command's exit code, for attach with the
    /// container's exit code once it exited (or -1 when the session ended while the container still runs).
    /// </summary>
    public abstract Task<int> Completion { get; }

    /// <summary>Resizes the terminal; ignored without a TTY.</summary>
    public abstract ValueTask ResizeAsync(TerminalSize size, CancellationToken cancellationToken = default);

    /// <summary>Signals end-of-file on stdin.</summary>
    public abstract ValueTask CloseStdinAsync(CancellationToken cancellationToken = default);

    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    protected abstract ValueTask DisposeAsyncCore();
}

using System.Diagnostics;

namespace KubeSharp.Runtime.Streaming;

/// <summary>A streaming exec without a terminal: <c>runc exec</c> in the foreground with its stdio on pipes, as CRI-O's ExecContainer.</summary>
internal sealed class PipeExecSession : StreamingSession
{
    private readonly Process _process;
    private readonly string _workDirectory;
    private readonly Stream? _stdin;

    private PipeExecSession(Process process, string workDirectory, ExecRequest request)
    {
        _process = process;
        _workDirectory = workDirectory;
        _stdin = request.Stdin ? process.StandardInput.BaseStream : null;
        if (!request.Stdin)
        {
            process.StandardInput.Close();
        }

        Stdout = process.StandardOutput.BaseStream;
        Stderr = process.StandardError.BaseStream;
        if (!request.Stdout)
        {
            _ = Stdout.CopyToAsync(Stream.Null);
            Stdout = null;
        }

        if (!request.Stderr)
        {
            _ = Stderr.CopyToAsync(Stream.Null);
            Stderr = null;
        }

        Completion = WaitAsync();
    }

    public override Stream? Stdin => _stdin;

    public override Stream? Stdout { get; }

    public override Stream? Stderr { get; }

    public override Task<int> Completion { get; }

    public static PipeExecSession Start(string runc, IReadOnlyList<string> arguments, string workDirectory, ExecRequest request)
    {
        var start = new ProcessStartInfo(runc)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new RuntimeException(RuntimeErrorCode.Unknown, "runc exec did not start");
        return new PipeExecSession(process, workDirectory, request);
    }

    public override ValueTask ResizeAsync(TerminalSize size, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public override ValueTask CloseStdinAsync(CancellationToken cancellationToken = default)
    {
        _stdin?.Dispose();
        return ValueTask.CompletedTask;
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
        TryDelete(_workDirectory);
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<int> WaitAsync()
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        return _process.ExitCode;
    }
}

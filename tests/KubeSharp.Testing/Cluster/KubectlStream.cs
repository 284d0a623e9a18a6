using System.Diagnostics;
using System.Text;

namespace KubeSharp.Testing.Cluster;

/// <summary>
/// A kubectl that keeps running (<c>get -w</c>, <c>wait</c>): its output lines are collected as they come, a test
/// waits for the line it expects, and dispose kills the process tree by PID.
/// </summary>
public sealed class KubectlStream : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly StringBuilder _errors = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private KubectlStream(Process process)
    {
        _process = process;
    }

    /// <summary>Every stdout line so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static KubectlStream Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stream = new KubectlStream(process);
        process.OutputDataReceived += (_, e) => stream.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stream._errors)
                {
                    stream._errors.AppendLine(e.Data);
                }
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => stream.Signal();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return stream;
    }

    /// <summary>Waits until <paramref name="count"/> lines match <paramref name="predicate"/>; fails with the output so far on timeout or exit.</summary>
    public async Task<IReadOnlyList<string>> WaitForLinesAsync(Func<string, bool> predicate, int count = 1, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_lines)
            {
                var matching = _lines.Where(predicate).ToList();
                if (matching.Count >= count)
                {
                    return matching;
                }

                if (_process.HasExited)
                {
                    throw new Xunit.Sdk.XunitException($"kubectl exited ({_process.ExitCode}) before printing the expected line:\n{string.Join('\n', _lines)}\n{StandardError}");
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"kubectl did not print the expected line in time:\n{string.Join('\n', Lines)}\n{StandardError}");
            }
        }
    }

    /// <summary>Waits for the process to exit and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }

        Signal();
    }

    private void Signal()
    {
        TaskCompletionSource previous;
        lock (_lines)
        {
            previous = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }
}

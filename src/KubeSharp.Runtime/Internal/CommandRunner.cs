using System.Diagnostics;

namespace KubeSharp.Runtime.Internal;

/// <summary>Runs a helper command to completion with optional stdin and environment; kills it on cancellation.</summary>
internal static class CommandRunner
{
    public static async Task<CommandResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        byte[]? stdin = null,
        IReadOnlyDictionary<string, string>? environment = null,
        bool replaceEnvironment = false,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(fileName)
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

        if (replaceEnvironment)
        {
            start.Environment.Clear();
        }

        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new RuntimeException(RuntimeErrorCode.Unavailable, $"cannot run {fileName}: {e.Message}", e);
        }

        var stdout = new MemoryStream();
        var readOut = process.StandardOutput.BaseStream.CopyToAsync(stdout, cancellationToken);
        var readErr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            if (stdin is not null)
            {
                await process.StandardInput.BaseStream.WriteAsync(stdin, cancellationToken).ConfigureAwait(false);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            await readOut.ConfigureAwait(false);
            var stderr = await readErr.ConfigureAwait(false);
            return new CommandResult(process.ExitCode, stdout.ToArray(), stderr);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }

            throw;
        }
        catch (IOException)
        {
            // The command exited before reading its stdin: report what it said.
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            return new CommandResult(process.ExitCode, stdout.ToArray(), await readErr.ConfigureAwait(false));
        }
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using KubeSharp.Runtime.Internal;

namespace KubeSharp.Runtime.Oci;

/// <summary>
/// The runc CLI (1.1) with one state root for all of the runtime's containers, as CRI-O passes
/// <c>--root</c> to every call. Errors carry runc's own message (the <c>msg="…"</c> of its logrus output).
/// </summary>
internal sealed partial class Runc(string path, string root)
{
    public string Path => path;

    public string Root => root;

    public Task StartAsync(string id, CancellationToken cancellationToken) => RunAsync(["start", id], cancellationToken);

    /// <summary>Sends a signal; false when the container is not running any more (runc: "container not running").</summary>
    public async Task<bool> KillAsync(string id, string signal, bool all, CancellationToken cancellationToken)
    {
        List<string> arguments = all ? ["--root", root, "kill", "--all", id, signal] : ["--root", root, "kill", id, signal];
        var result = await CommandRunner.RunAsync(path, arguments, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.ExitCode == 0)
        {
            return true;
        }

        if (IsGone(result.Stderr))
        {
            return false;
        }

        throw Error("kill", id, result.Stderr);
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        // With --force runc returns 0 for unknown IDs; "not found" is success, as in CRI-O.
        var result = await CommandRunner.RunAsync(path, ["--root", root, "delete", "--force", id], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0 && !IsGone(result.Stderr))
        {
            throw Error("delete", id, result.Stderr);
        }
    }

    /// <summary><c>runc state</c>: status and pid, or null when runc does not know the container.</summary>
    public async Task<RuncState?> StateAsync(string id, CancellationToken cancellationToken)
    {
        var result = await CommandRunner.RunAsync(path, ["--root", root, "state", id], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            return IsGone(result.Stderr) ? null : throw Error("state", id, result.Stderr);
        }

        using var document = JsonDocument.Parse(result.Stdout);
        var status = document.RootElement.GetProperty("status").GetString() ?? "";
        var pid = document.RootElement.TryGetProperty("pid", out var p) ? p.GetInt32() : 0;
        return new RuncState(status, pid);
    }

    /// <summary><c>runc update --resources -</c> with a runtime-spec LinuxResources document.</summary>
    public Task UpdateAsync(string id, byte[] resourcesJson, CancellationToken cancellationToken) =>
        RunAsync(["update", "--resources", "-", id], cancellationToken, resourcesJson);

    private async Task RunAsync(string[] arguments, CancellationToken cancellationToken, byte[]? stdin = null)
    {
        var result = await CommandRunner.RunAsync(path, ["--root", root, .. arguments], stdin, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw Error(arguments[0], arguments[^1], result.Stderr);
        }
    }

    private static bool IsGone(string stderr) =>
        stderr.Contains("container not running", StringComparison.Ordinal)
        || stderr.Contains("container does not exist", StringComparison.Ordinal)
        || stderr.Contains("invalid process", StringComparison.Ordinal);

    internal static RuntimeException Error(string command, string id, string stderr)
    {
        var message = MessageOf(stderr);
        var code = message.Contains("does not exist", StringComparison.Ordinal) ? RuntimeErrorCode.NotFound
            : message.Contains("cannot start", StringComparison.Ordinal) ? RuntimeErrorCode.FailedPrecondition
            : RuntimeErrorCode.Unknown;
        return new RuntimeException(code, $"runc {command} {id}: {message}");
    }

    /// <summary>runc's logrus text: keeps what is inside <c>msg="…"</c>, else the trimmed text.</summary>
    internal static string MessageOf(string stderr)
    {
        var matches = MsgRegex().Matches(stderr);
        return matches.Count > 0
            ? string.Join("; ", matches.Select(m => Regex.Unescape(m.Groups[1].Value)))
            : stderr.Trim();
    }

    [GeneratedRegex("""msg="((?:[^"\\]|\\.)*)" """ + "?")]
    private static partial Regex MsgRegex();
}

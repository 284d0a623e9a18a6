using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KubeSharp.Testing.Images;

/// <summary>
/// Debian's distribution registry (<c>/usr/bin/docker-registry</c>) on 127.0.0.1 with a random port, storing
/// under a temporary directory, optionally behind basic or token authentication. Images are pushed with
/// skopeo from an OCI layout. Disposing kills the registry (by PID) and deletes its files.
/// </summary>
public sealed partial class LocalRegistry : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly TestTokenServer? _tokens;

    private LocalRegistry(Process process, string directory, string address, RegistryAuthMode mode, TestTokenServer? tokens)
    {
        _process = process;
        _directory = directory;
        Address = address;
        Mode = mode;
        _tokens = tokens;
    }

    /// <summary><c>127.0.0.1:PORT</c>, the registry part of image references.</summary>
    public string Address { get; }

    public RegistryAuthMode Mode { get; }

    public string Username => "tester";

    public string Password => "s3cret-pass";

    /// <summary>Tokens the token server issued so far (Token mode only).</summary>
    public int TokensIssued => _tokens?.TokensIssued ?? 0;

    public static async Task<LocalRegistry> StartAsync(RegistryAuthMode mode = RegistryAuthMode.None, CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(Path.GetTempPath(), "kubesharp-registry-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        TestTokenServer? tokens = null;
        Process? process = null;
        try
        {
            var auth = "";
            if (mode == RegistryAuthMode.Basic)
            {
                var htpasswd = Path.Combine(directory, "htpasswd");
                var result = await ProcessRunner.RunAsync("htpasswd", ["-Bbn", "tester", "s3cret-pass"], cancellationToken: cancellationToken);
                if (result.ExitCode != 0)
                {
                    throw new InvalidOperationException("htpasswd failed: " + result);
                }

                await File.WriteAllTextAsync(htpasswd, result.StandardOutput, cancellationToken);
                auth = $"auth:\n  htpasswd:\n    realm: kubesharp-test\n    path: {htpasswd}\n";
            }
            else if (mode == RegistryAuthMode.Token)
            {
                var bundle = Path.Combine(directory, "token-ca.pem");
                tokens = new TestTokenServer(bundle, "tester", "s3cret-pass");
                auth = $"auth:\n  token:\n    realm: {tokens.Realm}\n    service: {TestTokenServer.Service}\n    issuer: {TestTokenServer.Issuer}\n    rootcertbundle: {bundle}\n";
            }

            var config = Path.Combine(directory, "config.yml");
            await File.WriteAllTextAsync(
                config,
                $"version: 0.1\nlog:\n  level: info\nstorage:\n  filesystem:\n    rootdirectory: {Path.Combine(directory, "data")}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:0\n  secret: kubesharp-test-secret\n{auth}",
                cancellationToken);

            var start = new ProcessStartInfo("/usr/bin/docker-registry") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add("serve");
            start.ArgumentList.Add(config);
            process = Process.Start(start) ?? throw new InvalidOperationException("docker-registry did not start");
            var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var log = new System.Text.StringBuilder();
            DataReceivedEventHandler onLine = (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (log)
                {
                    log.AppendLine(e.Data);
                }

                var match = ListeningRegex().Match(e.Data);
                if (match.Success)
                {
                    listening.TrySetResult(match.Groups[1].Value);
                }
            };
            process.ErrorDataReceived += onLine;
            process.OutputDataReceived += onLine;
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            var exited = process.WaitForExitAsync(timeout.Token);
            var first = await Task.WhenAny(listening.Task, exited);
            if (first != listening.Task)
            {
                throw new InvalidOperationException("docker-registry exited or never listened:\n" + log);
            }

            return new LocalRegistry(process, directory, await listening.Task, mode, tokens);
        }
        catch
        {
            if (process is not null)
            {
                KillAndWait(process);
            }

            if (tokens is not null)
            {
                await tokens.DisposeAsync();
            }

            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>Pushes <paramref name="image"/> from its OCI layout to <c>ADDRESS/repository:tag</c>; returns that reference.</summary>
    public async Task<string> PushAsync(WrittenImage image, string repository, string tag, CancellationToken cancellationToken = default)
    {
        var reference = $"{Address}/{repository}:{tag}";
        List<string> arguments = ["--insecure-policy", "copy", "--dest-tls-verify=false", "--format", "oci"];
        if (Mode != RegistryAuthMode.None)
        {
            arguments.AddRange(["--dest-creds", $"{Username}:{Password}"]);
        }

        arguments.AddRange([$"oci:{image.LayoutDirectory}:{image.Tag}", $"docker://{reference}"]);
        var environment = new Dictionary<string, string> { ["HOME"] = _directory, ["REGISTRY_AUTH_FILE"] = Path.Combine(_directory, "auth.json") };
        var result = await ProcessRunner.RunAsync("/usr/bin/skopeo", arguments, environment: environment, timeout: TimeSpan.FromMinutes(2), cancellationToken: cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"skopeo push to {reference} failed: {result}");
        }

        return reference;
    }

    public async ValueTask DisposeAsync()
    {
        KillAndWait(_process);
        _process.Dispose();
        if (_tokens is not null)
        {
            await _tokens.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void KillAndWait(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
    }

    [GeneratedRegex(@"listening on (127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningRegex();
}

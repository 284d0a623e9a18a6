using KubeSharp.Testing;

namespace KubeSharp.E2E.Tests.Cli;

public sealed class VersionCommandTests
{
    [Fact]
    public async Task Version_PrintsOwnVersionAndKubernetesLevel()
    {
        var result = await ProcessRunner.RunAsync(RepositoryPaths.KubeSharpBinary, ["version"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^kubesharp version \d+\.\d+\.\d+", result.StandardOutput);
        Assert.Contains("kubernetes version v1.33.", result.StandardOutput);
    }

    [Fact]
    public async Task UnknownCommand_FailsWithUsage()
    {
        var result = await ProcessRunner.RunAsync(RepositoryPaths.KubeSharpBinary, ["no-such-command"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no-such-command", result.StandardError + result.StandardOutput);
    }
}

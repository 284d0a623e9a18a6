using System.CommandLine;
using KubeSharp.Api;

namespace KubeSharp.Commands;

/// <summary><c>kubesharp version</c>: the binary's own version and the Kubernetes API level it serves.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the KubeSharp version and the Kubernetes version it implements.");
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            output.WriteLine($"kubesharp version {BuildInfo.KubeSharpVersion}");
            output.WriteLine($"kubernetes version {BuildInfo.KubernetesGitVersion}");
            output.WriteLine($"go-equivalent runtime .NET {Environment.Version}");
            return 0;
        });
        return command;
    }
}

using KubeSharp.Storage.Tests.Crash;

namespace KubeSharp.Storage.Tests;

/// <summary>
/// Entry point of the test assembly when it runs as a child process (the test runner never calls it):
/// <c>dotnet exec KubeSharp.Storage.Tests.dll crash-writer DB ROUND WRITERS</c>.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 4 && args[0] == CrashWriter.Mode)
        {
            return await CrashWriter.RunAsync(args[1], int.Parse(args[2]), int.Parse(args[3]));
        }

        await Console.Error.WriteLineAsync($"usage: {CrashWriter.Mode} DB ROUND WRITERS");
        return 2;
    }
}

using System.CommandLine;
using System.Text.Json;
using KubeSharp.Runtime;

namespace KubeSharp.Commands.Runtime;

/// <summary><c>runp</c>, <c>pods</c>, <c>stopp</c>, <c>rmp</c>.</summary>
internal static class SandboxCommands
{
    public static IEnumerable<Command> Create()
    {
        var config = new Argument<string>("pod-config.json") { Description = "PodSandboxConfig as JSON (crictl's snake_case form)" };
        var runp = new Command("runp", "Run a pod sandbox") { config };
        runp.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            var sandbox = await ReadAsync(result.GetValue(config)!, RuntimeCliJsonContext.Default.PodSandboxConfig, ct);
            await output.WriteLineAsync(await runtime.RunPodSandboxAsync(sandbox, cancellationToken: ct));
            return 0;
        });

        var pods = new Command("pods", "List pod sandboxes");
        pods.SetRuntimeAction(async (_, runtime, output, ct) =>
        {
            await output.WriteLineAsync($"{"POD ID",-15} {"CREATED",-8} {"STATE",-9} {"NAME",-30} {"NAMESPACE",-15} ATTEMPT");
            foreach (var p in await runtime.ListPodSandboxAsync(cancellationToken: ct))
            {
                await output.WriteLineAsync($"{RuntimeCli.Short(p.Id),-15} {RuntimeCli.Age(p.CreatedAt),-8} {(p.State == PodSandboxState.Ready ? "Ready" : "NotReady"),-9} {p.Metadata.Name,-30} {p.Metadata.Namespace,-15} {p.Metadata.Attempt}");
            }

            return 0;
        });

        return [runp, pods, Each("stopp", "Stop pod sandboxes", (r, id, ct) => r.StopPodSandboxAsync(id, ct)), Each("rmp", "Remove pod sandboxes", (r, id, ct) => r.RemovePodSandboxAsync(id, ct))];
    }

    /// <summary>A subcommand applying one call to each sandbox given (by ID or unique ID prefix).</summary>
    private static Command Each(string name, string description, Func<ContainerRuntime, string, CancellationToken, Task> call) =>
        RuntimeCli.ForEachId(name, description, "pod-id", ResolveAsync, call);

    public static async Task<string> ResolveAsync(ContainerRuntime runtime, string prefix, CancellationToken ct)
    {
        var matches = await runtime.ListPodSandboxAsync(new PodSandboxFilter { Id = prefix }, ct);
        return matches.Count switch
        {
            1 => matches[0].Id,
            0 => throw RuntimeException.NotFound("pod sandbox", prefix),
            _ => throw RuntimeException.InvalidArgument($"pod sandbox ID prefix \"{prefix}\" is ambiguous"),
        };
    }

    public static async Task<T> ReadAsync<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync(file, type, ct) ?? throw RuntimeException.InvalidArgument($"{path} is empty");
    }
}

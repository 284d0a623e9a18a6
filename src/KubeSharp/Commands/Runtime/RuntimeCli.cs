using System.CommandLine;
using KubeSharp.Runtime;
using KubeSharp.Runtime.Cni;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Commands.Runtime;

/// <summary>The options every <c>kubesharp runtime</c> subcommand shares, and opening the runtime they describe.</summary>
internal static class RuntimeCli
{
    public static readonly Option<string> Root = new("--root")
    {
        Description = "Runtime data directory (images, snapshots, container records)",
        DefaultValueFactory = _ => "/var/lib/kubesharp/runtime",
        Recursive = true,
    };

    public static readonly Option<string> State = new("--state")
    {
        Description = "Runtime state directory (runc state, conmon sockets, pinned namespaces)",
        DefaultValueFactory = _ => "/run/kubesharp/runtime",
        Recursive = true,
    };

    public static readonly Option<string> CniConfigDirectory = new("--cni-conf-dir")
    {
        Description = "CNI network configuration directory",
        DefaultValueFactory = _ => "/etc/cni/net.d",
        Recursive = true,
    };

    public static readonly Option<string> CniDataDirectory = new("--cni-data-dir")
    {
        Description = "CNI cache and host-local IP allocations",
        DefaultValueFactory = _ => "/var/lib/cni",
        Recursive = true,
    };

    public static readonly Option<string?> PodCidr = new("--pod-cidr")
    {
        Description = "Pod CIDR used to write a default CNI network when the config directory has none",
        Recursive = true,
    };

    public static readonly Option<string?> NodeNetns = new("--node-netns")
    {
        Description = "Network namespace (path) that plays the node's network: CNI plugins run there",
        Recursive = true,
    };

    public static readonly Option<string> CgroupParent = new("--cgroup-parent")
    {
        Description = "Cgroup parent for pods created without one (runp configs may name their own)",
        DefaultValueFactory = _ => "/kubesharp",
        Recursive = true,
    };

    public static async Task<ContainerRuntime> OpenAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var root = result.GetValue(Root)!;
        var options = new RuntimeOptions
        {
            Root = root,
            State = result.GetValue(State)!,
            DefaultCgroupParent = result.GetValue(CgroupParent)!,
            Cni = new CniOptions
            {
                ConfigDirectory = result.GetValue(CniConfigDirectory)!,
                DataDirectory = result.GetValue(CniDataDirectory)!,
                PodCidr = result.GetValue(PodCidr) ?? "",
                NodeNetworkNamespace = result.GetValue(NodeNetns),
            },
        };
        return await ContainerRuntime.StartAsync(options, TimeProvider.System, NullLoggerFactory.Instance, cancellationToken);
    }

    /// <summary>A subcommand applying one call to each object named by ID or unique ID prefix, printing each full ID.</summary>
    public static Command ForEachId(
        string name,
        string description,
        string argumentName,
        Func<ContainerRuntime, string, CancellationToken, Task<string>> resolve,
        Func<ContainerRuntime, string, CancellationToken, Task> call)
    {
        var ids = new Argument<string[]>(argumentName) { Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, description) { ids };
        command.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            foreach (var prefix in result.GetValue(ids)!)
            {
                var id = await resolve(runtime, prefix, ct);
                await call(runtime, id, ct);
                await output.WriteLineAsync(id);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Runs a subcommand body with an opened runtime; runtime errors become a message and exit code 1.</summary>
    public static void SetRuntimeAction(this Command command, Func<ParseResult, ContainerRuntime, TextWriter, CancellationToken, Task<int>> body) =>
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            try
            {
                using var runtime = await OpenAsync(result, cancellationToken);
                return await body(result, runtime, output, cancellationToken);
            }
            catch (RuntimeException e)
            {
                await error.WriteLineAsync($"error: {e.Message} ({e.Code})");
                return 1;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
        });

    public static string Short(string id) => id.Length > 13 ? id[..13] : id;

    public static string Age(DateTimeOffset created)
    {
        var age = DateTimeOffset.UtcNow - created;
        return age.TotalDays >= 1 ? $"{(int)age.TotalDays}d" : age.TotalHours >= 1 ? $"{(int)age.TotalHours}h" : age.TotalMinutes >= 1 ? $"{(int)age.TotalMinutes}m" : $"{(int)age.TotalSeconds}s";
    }
}

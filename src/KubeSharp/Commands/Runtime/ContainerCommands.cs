using System.CommandLine;
using System.Text.Json;
using KubeSharp.Runtime;

namespace KubeSharp.Commands.Runtime;

/// <summary><c>create</c>, <c>start</c>, <c>run</c>, <c>ps</c>, <c>stop</c>, <c>rm</c>, <c>inspect</c>.</summary>
internal static class ContainerCommands
{
    public static IEnumerable<Command> Create()
    {
        var pod = new Argument<string>("pod-id");
        var containerConfig = new Argument<string>("container-config.json") { Description = "ContainerConfig as JSON" };
        var podConfig = new Argument<string>("pod-config.json") { Description = "The PodSandboxConfig the pod was run with" };
        var create = new Command("create", "Create a container in a pod sandbox") { pod, containerConfig, podConfig };
        create.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            var sandbox = await SandboxCommands.ReadAsync(result.GetValue(podConfig)!, RuntimeCliJsonContext.Default.PodSandboxConfig, ct);
            var container = await SandboxCommands.ReadAsync(result.GetValue(containerConfig)!, RuntimeCliJsonContext.Default.ContainerConfig, ct);
            var podId = await SandboxCommands.ResolveAsync(runtime, result.GetValue(pod)!, ct);
            await output.WriteLineAsync(await runtime.CreateContainerAsync(podId, container, sandbox, ct));
            return 0;
        });

        var image = new Argument<string>("image");
        var command = new Argument<string[]>("command") { Arity = ArgumentArity.ZeroOrMore, Description = "Command and arguments (default: the image's)" };
        var name = new Option<string>("--name") { Description = "Pod and container name", DefaultValueFactory = _ => "debug" };
        var follow = new Option<bool>("--follow", "-f") { Description = "After printing the ID, print the container's log until it exits (interrupting leaves it running)" };
        var run = new Command("run", "Pull if needed, run a pod with one container, and start it") { image, command, name, follow };
        run.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            var reference = result.GetValue(image)!;
            if ((await runtime.ImageStatusAsync(new ImageSpec(reference), cancellationToken: ct)).Image is null)
            {
                await runtime.PullImageAsync(new ImageSpec(reference), cancellationToken: ct);
            }

            var podName = result.GetValue(name)!;
            var sandbox = new PodSandboxConfig
            {
                Metadata = new PodSandboxMetadata { Name = podName, Namespace = "default", Uid = Guid.NewGuid().ToString() },
                Hostname = podName,
                LogDirectory = Path.Combine(result.GetValue(RuntimeCli.Root)!, "logs", podName),
                Linux = new LinuxPodSandboxConfig { SecurityContext = new LinuxSandboxSecurityContext { NamespaceOptions = new NamespaceOption { Pid = NamespaceMode.Container } } },
            };
            var podId = await runtime.RunPodSandboxAsync(sandbox, cancellationToken: ct);
            var id = await runtime.CreateContainerAsync(podId, new ContainerConfig
            {
                Metadata = new ContainerMetadata { Name = podName },
                Image = new ImageSpec(reference),
                Command = result.GetValue(command) ?? [],
                LogPath = $"{podName}/0.log",
                Linux = new LinuxContainerConfig { SecurityContext = new LinuxContainerSecurityContext { NamespaceOptions = new NamespaceOption { Pid = NamespaceMode.Container } } },
            }, sandbox, ct);
            await runtime.StartContainerAsync(id, ct);
            await output.WriteLineAsync(id);
            if (result.GetValue(follow))
            {
                await output.FlushAsync(ct);
                await StreamCommands.PrintLogAsync(runtime, id, follow: true, tail: -1, output, ct);
            }

            return 0;
        });

        var all = new Option<bool>("--all", "-a") { Description = "Show exited containers too" };
        var podFilter = new Option<string?>("--pod", "-p") { Description = "Only containers of this pod (ID prefix)" };
        var ps = new Command("ps", "List containers") { all, podFilter };
        ps.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            var filter = new ContainerFilter
            {
                PodSandboxId = result.GetValue(podFilter) ?? "",
                State = result.GetValue(all) ? null : ContainerState.Running,
            };
            var pods = (await runtime.ListPodSandboxAsync(cancellationToken: ct)).ToDictionary(p => p.Id);
            await output.WriteLineAsync($"{"CONTAINER",-15} {"IMAGE",-40} {"CREATED",-8} {"STATE",-9} {"NAME",-20} {"ATTEMPT",-8} {"POD ID",-15} POD");
            foreach (var c in await runtime.ListContainersAsync(filter, ct))
            {
                var podName = pods.TryGetValue(c.PodSandboxId, out var p) ? p.Metadata.Name : "";
                await output.WriteLineAsync($"{RuntimeCli.Short(c.Id),-15} {c.Image.Image,-40} {RuntimeCli.Age(c.CreatedAt),-8} {c.State,-9} {c.Metadata.Name,-20} {c.Metadata.Attempt,-8} {RuntimeCli.Short(c.PodSandboxId),-15} {podName}");
            }

            return 0;
        });

        var timeout = new Option<int>("--timeout", "-t") { Description = "Seconds to wait before killing", DefaultValueFactory = _ => 10 };
        var stopIds = new Argument<string[]>("container-id") { Arity = ArgumentArity.OneOrMore };
        var stop = new Command("stop", "Stop containers") { stopIds, timeout };
        stop.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            foreach (var prefix in result.GetValue(stopIds)!)
            {
                var id = await ResolveAsync(runtime, prefix, ct);
                await runtime.StopContainerAsync(id, TimeSpan.FromSeconds(result.GetValue(timeout)), ct);
                await output.WriteLineAsync(id);
            }

            return 0;
        });

        return [create, Each("start", "Start created containers", (r, id, ct) => r.StartContainerAsync(id, ct)), run, ps, stop, Each("rm", "Remove containers", (r, id, ct) => r.RemoveContainerAsync(id, ct)), Inspect()];
    }

    public static async Task<string> ResolveAsync(ContainerRuntime runtime, string prefix, CancellationToken ct)
    {
        var matches = await runtime.ListContainersAsync(new ContainerFilter { Id = prefix }, ct);
        return matches.Count switch
        {
            1 => matches[0].Id,
            0 => throw RuntimeException.NotFound("container", prefix),
            _ => throw RuntimeException.InvalidArgument($"container ID prefix \"{prefix}\" is ambiguous"),
        };
    }

    private static Command Each(string name, string description, Func<ContainerRuntime, string, CancellationToken, Task> call) =>
        RuntimeCli.ForEachId(name, description, "container-id", ResolveAsync, call);

    /// <summary><c>inspect ID</c>: the verbose status of a container, else a pod, else an image, as JSON.</summary>
    private static Command Inspect()
    {
        var id = new Argument<string>("id") { Description = "Container ID, pod ID (or prefix) or image" };
        var inspect = new Command("inspect", "Show the status of a container, pod or image as JSON") { id };
        inspect.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            var value = result.GetValue(id)!;
            if ((await runtime.ListContainersAsync(new ContainerFilter { Id = value }, ct)) is [var container])
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(await runtime.ContainerStatusAsync(container.Id, verbose: true, ct), RuntimeCliJsonContext.Default.ContainerStatusResponse));
            }
            else if ((await runtime.ListPodSandboxAsync(new PodSandboxFilter { Id = value }, ct)) is [var pod])
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(await runtime.PodSandboxStatusAsync(pod.Id, verbose: true, ct), RuntimeCliJsonContext.Default.PodSandboxStatusResponse));
            }
            else
            {
                var image = await runtime.ImageStatusAsync(new ImageSpec(value), verbose: true, ct);
                if (image.Image is null)
                {
                    throw RuntimeException.NotFound("container, pod or image", value);
                }

                await output.WriteLineAsync(JsonSerializer.Serialize(image, RuntimeCliJsonContext.Default.ImageStatusResponse));
            }

            return 0;
        });
        return inspect;
    }
}

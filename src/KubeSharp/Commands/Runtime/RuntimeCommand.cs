using System.CommandLine;

namespace KubeSharp.Commands.Runtime;

/// <summary>
/// <c>kubesharp runtime …</c>: crictl for KubeSharp's own runtime, for people debugging a node. It opens the
/// runtime's directories directly (no daemon), so it sees and re-adopts what a running kubesharp created.
/// </summary>
internal static class RuntimeCommand
{
    public static Command Create()
    {
        var command = new Command("runtime", "Inspect and drive the node's container runtime (crictl-like)");
        foreach (var option in new Option[] { RuntimeCli.Root, RuntimeCli.State, RuntimeCli.CniConfigDirectory, RuntimeCli.CniDataDirectory, RuntimeCli.PodCidr, RuntimeCli.NodeNetns, RuntimeCli.CgroupParent })
        {
            command.Options.Add(option);
        }

        foreach (var sub in ImageCommands.Create().Concat(SandboxCommands.Create()).Concat(ContainerCommands.Create()).Concat(StreamCommands.Create()))
        {
            command.Subcommands.Add(sub);
        }

        return command;
    }
}

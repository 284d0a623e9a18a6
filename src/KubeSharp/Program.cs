using System.CommandLine;
using KubeSharp.Commands;

var root = new RootCommand("KubeSharp: a whole Kubernetes cluster in one binary.")
{
    ServerCommand.Create(),
    VersionCommand.Create(),
    KubeSharp.Commands.Runtime.RuntimeCommand.Create(),
};

return await root.Parse(args).InvokeAsync();

using System.CommandLine;
using System.Net;
using KubeSharp.Server;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Commands;

/// <summary><c>kubesharp server</c>: runs the control plane (and, as they land, the node) in this process.</summary>
internal static class ServerCommand
{
    public static Command Create()
    {
        var dataDir = new Option<string>("--data-dir", "-d")
        {
            Description = "Folder to hold state, certificates and the admin kubeconfig",
            DefaultValueFactory = _ => ServerOptions.DefaultDataDir,
        };
        var bindAddress = new Option<string>("--bind-address")
        {
            Description = "The address the API server listens on",
            DefaultValueFactory = _ => "0.0.0.0",
        };
        var port = new Option<int>("--https-listen-port")
        {
            Description = "HTTPS listen port; 0 picks a free port and logs it",
            DefaultValueFactory = _ => ServerOptions.DefaultHttpsListenPort,
        };
        var datastore = new Option<string?>("--datastore-endpoint")
        {
            Description = "Datastore: empty for SQLite in the data dir, sqlite://PATH, or etcd client URLs http://host:port[,http://host:port...]",
        };
        var writeKubeconfig = new Option<string?>("--write-kubeconfig", "-o")
        {
            Description = "Also write the admin kubeconfig to this path",
        };
        var tokenAuthFile = new Option<string?>("--token-auth-file")
        {
            Description = "Static bearer tokens, one 'token,user,uid,\"group1,group2\"' record per line",
        };
        var simulatedNodes = new Option<int>("--simulated-nodes")
        {
            Description = "Run this many kwok-style simulated nodes (Ready nodes that run pods without containers) for control-plane tests at scale",
        };
        var controllers = new Option<string>("--controllers")
        {
            Description = "A list of controllers to enable. '*' enables all on-by-default controllers, 'foo' enables the controller named 'foo', '-foo' disables the controller named 'foo'",
            DefaultValueFactory = _ => "*",
        };
        var disableAgent = new Option<bool>("--disable-agent")
        {
            Description = "Do not run the local agent (kubelet and container runtime): a control plane only",
        };
        var nodeName = new Option<string?>("--node-name")
        {
            Description = "The local node's name (default the host name)",
        };
        var nodeIP = new Option<string?>("--node-ip")
        {
            Description = "The local node's InternalIP (default the host's first global IPv4 address)",
        };
        var nodeNetns = new Option<string?>("--node-netns")
        {
            Description = "Network namespace (path) that plays the node's network: CNI plugins run there (default this process's)",
        };
        var runtimeState = new Option<string>("--runtime-state")
        {
            Description = "The container runtime's volatile state directory (keep it short)",
            DefaultValueFactory = _ => "/run/kubesharp/runtime",
        };
        var cgroupRoot = new Option<string>("--cgroup-root")
        {
            Description = "The cgroup pod cgroups are created under",
            DefaultValueFactory = _ => "/kubepods",
        };
        var clusterDomain = new Option<string>("--cluster-domain")
        {
            Description = "The cluster domain served by the cluster DNS",
            DefaultValueFactory = _ => "cluster.local",
        };
        var clusterDnsListen = new Option<string?>("--cluster-dns-listen")
        {
            Description = "Serve cluster DNS (UDP and TCP) on ADDRESS:PORT, e.g. 127.0.0.1:53; off when not given",
        };
        var clusterDnsUpstream = new Option<string?>("--cluster-dns-upstream")
        {
            Description = "Resolvers (ADDRESS:PORT, comma-separated) for names outside the cluster; default the host's /etc/resolv.conf",
        };
        var logLevel = new Option<LogLevel>("--log-level")
        {
            Description = "Least severe log level to print",
            DefaultValueFactory = _ => LogLevel.Information,
        };

        var command = new Command("server", "Run a KubeSharp server: API server, datastore and the cluster's components")
        {
            dataDir, bindAddress, port, datastore, writeKubeconfig, tokenAuthFile, simulatedNodes, controllers,
            disableAgent, nodeName, nodeIP, nodeNetns, runtimeState, cgroupRoot, clusterDomain, clusterDnsListen, clusterDnsUpstream, logLevel,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!IPAddress.TryParse(result.GetValue(bindAddress), out var address))
            {
                await Console.Error.WriteLineAsync($"--bind-address {result.GetValue(bindAddress)} is not an IP address");
                return 2;
            }

            IPEndPoint? dnsListen = null;
            if (result.GetValue(clusterDnsListen) is { Length: > 0 } dnsText && !IPEndPoint.TryParse(dnsText, out dnsListen))
            {
                await Console.Error.WriteLineAsync($"--cluster-dns-listen {dnsText} is not ADDRESS:PORT");
                return 2;
            }

            List<IPEndPoint>? dnsUpstreams = null;
            if (result.GetValue(clusterDnsUpstream) is { Length: > 0 } upstreamText)
            {
                dnsUpstreams = [];
                foreach (var part in upstreamText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!IPEndPoint.TryParse(part, out var upstream))
                    {
                        await Console.Error.WriteLineAsync($"--cluster-dns-upstream {part} is not ADDRESS:PORT");
                        return 2;
                    }

                    dnsUpstreams.Add(upstream.Port == 0 ? new IPEndPoint(upstream.Address, 53) : upstream);
                }
            }

            var options = new ServerOptions
            {
                DataDir = Path.GetFullPath(result.GetValue(dataDir)!),
                BindAddress = address,
                HttpsListenPort = result.GetValue(port),
                DatastoreEndpoint = result.GetValue(datastore),
                WriteKubeconfig = result.GetValue(writeKubeconfig) is { } path ? Path.GetFullPath(path) : null,
                TokenAuthFile = result.GetValue(tokenAuthFile),
                SimulatedNodes = result.GetValue(simulatedNodes),
                DisableAgent = result.GetValue(disableAgent),
                NodeName = result.GetValue(nodeName),
                NodeIP = result.GetValue(nodeIP),
                NodeNetworkNamespace = result.GetValue(nodeNetns),
                RuntimeState = result.GetValue(runtimeState)!,
                CgroupRoot = result.GetValue(cgroupRoot)!,
                ClusterDomain = result.GetValue(clusterDomain)!,
                ClusterDnsListen = dnsListen,
                ClusterDnsUpstreams = dnsUpstreams,
                Controllers = (result.GetValue(controllers) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            };

            using var loggerFactory = Logging.Create(result.GetValue(logLevel));
            try
            {
                await using var server = new KubeSharpServer(options, loggerFactory, TimeProvider.System);
                await server.RunAsync(cancellationToken);
                return 0;
            }
            catch (ArgumentException error)
            {
                await Console.Error.WriteLineAsync("kubesharp server: " + error.Message);
                return 2;
            }
            catch (KubeSharp.Runtime.RuntimeException error)
            {
                await Console.Error.WriteLineAsync($"kubesharp server: the agent could not start its container runtime: {error.Message} (--disable-agent runs a control plane only)");
                return 1;
            }
        });
        return command;
    }
}

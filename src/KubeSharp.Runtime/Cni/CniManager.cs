using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Runtime.Internal;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Runtime.Cni;

/// <summary>
/// Runs CNI plugins per the CNI 1.0 specification as libcni does: a loopback list on <c>lo</c>
/// (<c>cni-loopback</c>, as containerd and CRI-O) and the default network list on <c>eth0</c>; plugins chained
/// in order on ADD with <c>prevResult</c>, in reverse on DEL with the cached result; capability arguments
/// (<c>portMappings</c>, <c>bandwidth</c>) passed as <c>runtimeConfig</c>; the final ADD result cached in
/// libcni's format under <c>results/</c>. DEL is idempotent.
/// </summary>
internal sealed partial class CniManager(CniOptions cniOptions, ILogger logger)
{
    private CniOptions _options = cniOptions;

    /// <summary>The pod CIDR the default network is written for (UpdateRuntimeConfig may set it later).</summary>
    public string PodCidr
    {
        get => _options.PodCidr;
        set => _options = _options with { PodCidr = value };
    }

    public const string LoopbackNetwork = "cni-loopback";
    private static readonly byte[] LoopbackConfig = """{"cniVersion":"0.3.1","name":"cni-loopback","plugins":[{"type":"loopback"}]}"""u8.ToArray();

    /// <summary>Whether a default network is configured (CRI's NetworkReady).</summary>
    public bool IsReady => FindConfig() is not null || _options.PodCidr.Length > 0;

    public string? NetworkStatusMessage => IsReady ? null : $"no CNI network configuration in {_options.ConfigDirectory} and no pod CIDR to write one";

    public async Task<CniNetworkResult> SetupAsync(CniPodInfo pod, string netns, CancellationToken cancellationToken)
    {
        var (_, loopback) = ParseList(LoopbackConfig);
        await AddListAsync(LoopbackNetwork, loopback, LoopbackConfig, pod, netns, "lo", cache: false, cancellationToken).ConfigureAwait(false);

        var configBytes = LoadDefaultConfig();
        var (name, list) = ParseList(configBytes);
        var result = await AddListAsync(name, list, configBytes, pod, netns, "eth0", cache: true, cancellationToken).ConfigureAwait(false);
        var ips = new List<string>();
        foreach (var ip in result?["ips"]?.AsArray() ?? [])
        {
            var address = ip?["address"]?.GetValue<string>();
            if (address is not null)
            {
                ips.Add(address.Split('/')[0]);
            }
        }

        ips.Sort((a, b) => (a.Contains(':', StringComparison.Ordinal) ? 1 : 0) - (b.Contains(':', StringComparison.Ordinal) ? 1 : 0));
        return new CniNetworkResult(ips, result?.ToJsonString() ?? "{}");
    }

    /// <summary>
    /// DEL on the default network, then loopback. Safe to repeat and after a failed ADD. When the namespace is
    /// gone an empty <c>CNI_NETNS</c> is passed (the bridge plugin then only releases the IP).
    /// </summary>
    public async Task TeardownAsync(CniPodInfo pod, string? netns, CancellationToken cancellationToken)
    {
        var results = Path.Combine(_options.DataDirectory, "results");
        var cacheFile = Directory.Exists(results)
            ? Directory.EnumerateFiles(results, $"*-{pod.SandboxId}-eth0").FirstOrDefault() ?? CacheFile(_options.NetworkName, pod.SandboxId, "eth0")
            : CacheFile(_options.NetworkName, pod.SandboxId, "eth0");
        byte[] configBytes;
        JsonNode? previous = null;
        string name;
        if (File.Exists(cacheFile))
        {
            var cached = JsonNode.Parse(await File.ReadAllBytesAsync(cacheFile, cancellationToken).ConfigureAwait(false))!;
            configBytes = Convert.FromBase64String(cached["config"]!.GetValue<string>());
            previous = cached["result"];
        }
        else if (FindConfig() is not null || _options.PodCidr.Length > 0)
        {
            configBytes = LoadDefaultConfig();
        }
        else
        {
            return;
        }

        (name, var list) = ParseList(configBytes);
        var liveNetns = netns is not null && File.Exists(netns) ? netns : "";
        var plugins = list["plugins"]!.AsArray();
        for (var i = plugins.Count - 1; i >= 0; i--)
        {
            var conf = PluginConfig(name, list, plugins[i]!.AsObject(), pod, previous);
            await InvokeAsync("DEL", conf, pod, liveNetns, "eth0", cancellationToken).ConfigureAwait(false);
        }

        File.Delete(cacheFile);
        if (liveNetns.Length > 0)
        {
            var (_, loopback) = ParseList(LoopbackConfig);
            var conf = PluginConfig(LoopbackNetwork, loopback, loopback["plugins"]![0]!.AsObject(), pod, null);
            await InvokeAsync("DEL", conf, pod, liveNetns, "lo", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<JsonNode?> AddListAsync(string name, JsonObject list, byte[] raw, CniPodInfo pod, string netns, string ifname, bool cache, CancellationToken cancellationToken)
    {
        JsonNode? previous = null;
        foreach (var plugin in list["plugins"]!.AsArray())
        {
            var conf = PluginConfig(name, list, plugin!.AsObject(), pod, previous);
            var output = await InvokeAsync("ADD", conf, pod, netns, ifname, cancellationToken).ConfigureAwait(false);
            previous = JsonNode.Parse(output.Length == 0 ? "{}"u8 : output);
        }

        if (cache)
        {
            var file = CacheFile(name, pod.SandboxId, ifname);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var entry = new JsonObject
            {
                ["kind"] = "cniCacheV1",
                ["containerId"] = pod.SandboxId,
                ["config"] = Convert.ToBase64String(raw),
                ["ifName"] = ifname,
                ["networkName"] = name,
                ["cniArgs"] = new JsonArray([.. CniArgs(pod).Select(kv => (JsonNode)new JsonArray(kv.Key, kv.Value))]),
                ["capabilityArgs"] = CapabilityArgs(pod),
                ["result"] = previous?.DeepClone(),
            };
            await File.WriteAllTextAsync(file, entry.ToJsonString(), cancellationToken).ConfigureAwait(false);
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return previous;
    }

    private async Task<byte[]> InvokeAsync(string command, JsonObject conf, CniPodInfo pod, string netns, string ifname, CancellationToken cancellationToken)
    {
        var type = conf["type"]?.GetValue<string>() ?? throw RuntimeException.InvalidArgument("CNI plugin without a type");
        var binary = _options.BinDirectories.Select(d => Path.Combine(d, type)).FirstOrDefault(File.Exists)
            ?? throw new RuntimeException(RuntimeErrorCode.Unavailable, $"CNI plugin \"{type}\" not found in {string.Join(':', _options.BinDirectories)}");
        var environment = new Dictionary<string, string>
        {
            ["CNI_COMMAND"] = command,
            ["CNI_CONTAINERID"] = pod.SandboxId,
            ["CNI_NETNS"] = netns,
            ["CNI_IFNAME"] = ifname,
            ["CNI_ARGS"] = string.Join(';', CniArgs(pod).Select(kv => $"{kv.Key}={kv.Value}")),
            ["CNI_PATH"] = string.Join(':', _options.BinDirectories),
        };
        var stdin = Encoding.UTF8.GetBytes(conf.ToJsonString());
        var (file, arguments) = _options.NodeNetworkNamespace is { } node
            ? ("nsenter", new List<string> { "--net=" + node, "--", binary })
            : (binary, new List<string>());

        CommandResult result = default!;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            result = await CommandRunner.RunAsync(file, arguments, stdin, environment, cancellationToken: cancellationToken).ConfigureAwait(false);

            // libcni retries "text file busy" (a plugin binary being replaced).
            if (result.ExitCode == 0 || !result.Stderr.Contains("text file busy", StringComparison.Ordinal))
            {
                break;
            }
        }

        if (result.ExitCode != 0)
        {
            var message = result.Stderr.Trim();
            try
            {
                var error = JsonNode.Parse(result.Stdout);
                message = $"{error?["msg"]?.GetValue<string>()}{(error?["details"] is { } d ? ": " + d.GetValue<string>() : "")}";
            }
            catch (JsonException)
            {
            }

            LogPluginFailed(logger, type, command, pod.SandboxId, message);
            throw new RuntimeException(RuntimeErrorCode.Unknown, $"CNI plugin {type} {command} failed for sandbox {pod.SandboxId}: {message}");
        }

        return result.Stdout;
    }

    private static JsonObject PluginConfig(string name, JsonObject list, JsonObject plugin, CniPodInfo pod, JsonNode? previous)
    {
        var conf = plugin.DeepClone().AsObject();
        conf["cniVersion"] = list["cniVersion"]?.DeepClone();
        conf["name"] = name;
        var declared = conf["capabilities"]?.AsObject();
        conf.Remove("capabilities");
        var supplied = CapabilityArgs(pod);
        var runtimeConfig = new JsonObject();
        if (declared is not null)
        {
            foreach (var (capability, enabled) in declared)
            {
                if (enabled?.GetValue<bool>() == true && supplied[capability] is { } value)
                {
                    runtimeConfig[capability] = value.DeepClone();
                }
            }
        }

        if (runtimeConfig.Count > 0)
        {
            conf["runtimeConfig"] = runtimeConfig;
        }

        if (previous is not null)
        {
            conf["prevResult"] = previous.DeepClone();
        }

        return conf;
    }

    private static JsonObject CapabilityArgs(CniPodInfo pod)
    {
        var args = new JsonObject();
        var mappings = pod.PortMappings.Where(p => p.HostPort > 0).ToList();
        if (mappings.Count > 0)
        {
            args["portMappings"] = new JsonArray([.. mappings.Select(m => (JsonNode)new JsonObject
            {
                ["hostPort"] = m.HostPort,
                ["containerPort"] = m.ContainerPort,
                ["protocol"] = m.Protocol.ToString().ToLowerInvariant(),
                ["hostIP"] = m.HostIp,
            })]);
        }

        if (pod.IngressRate is not null || pod.EgressRate is not null)
        {
            // containerd sets each burst to 2^32-1 bits.
            var bandwidth = new JsonObject();
            if (pod.IngressRate is { } ingress)
            {
                bandwidth["ingressRate"] = ingress;
                bandwidth["ingressBurst"] = uint.MaxValue;
            }

            if (pod.EgressRate is { } egress)
            {
                bandwidth["egressRate"] = egress;
                bandwidth["egressBurst"] = uint.MaxValue;
            }

            args["bandwidth"] = bandwidth;
        }

        if (pod.CgroupParent.Length > 0)
        {
            args["cgroupPath"] = pod.CgroupParent;
        }

        return args;
    }

    /// <summary>containerd's and CRI-O's CNI_ARGS; IgnoreUnknown keeps the Go plugins from rejecting keys they do not know.</summary>
    private static List<KeyValuePair<string, string>> CniArgs(CniPodInfo pod) =>
    [
        new("IgnoreUnknown", "1"),
        new("K8S_POD_NAMESPACE", pod.Metadata.Namespace),
        new("K8S_POD_NAME", pod.Metadata.Name),
        new("K8S_POD_INFRA_CONTAINER_ID", pod.SandboxId),
        new("K8S_POD_UID", pod.Metadata.Uid),
    ];

    private string CacheFile(string network, string containerId, string ifname) =>
        Path.Combine(_options.DataDirectory, "results", $"{network}-{containerId}-{ifname}");

    private string? FindConfig() =>
        Directory.Exists(_options.ConfigDirectory)
            ? Directory.EnumerateFiles(_options.ConfigDirectory)
                .Where(f => f.EndsWith(".conflist", StringComparison.Ordinal) || f.EndsWith(".conf", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault()
            : null;

    /// <summary>The default network's bytes, writing the KubeSharp conflist for the pod CIDR when none exists.</summary>
    private byte[] LoadDefaultConfig()
    {
        var file = FindConfig();
        if (file is null)
        {
            if (_options.PodCidr.Length == 0)
            {
                throw new RuntimeException(RuntimeErrorCode.FailedPrecondition, NetworkStatusMessage!);
            }

            Directory.CreateDirectory(_options.ConfigDirectory);
            file = Path.Combine(_options.ConfigDirectory, $"10-{_options.NetworkName}.conflist");
            File.WriteAllText(file, DefaultConflist());
        }

        var bytes = File.ReadAllBytes(file);
        if (file.EndsWith(".conflist", StringComparison.Ordinal))
        {
            return bytes;
        }

        // A single-plugin .conf is wrapped into a list (containerd/go-cni loadFromConfDir).
        var single = JsonNode.Parse(bytes)!.AsObject();
        var wrapped = new JsonObject
        {
            ["cniVersion"] = single["cniVersion"]?.DeepClone(),
            ["name"] = single["name"]?.DeepClone(),
            ["plugins"] = new JsonArray(single.DeepClone()),
        };
        return Encoding.UTF8.GetBytes(wrapped.ToJsonString());
    }

    /// <summary>The node's default network (runtime-wire.md §6.6): bridge + host-local, portmap, bandwidth.</summary>
    internal string DefaultConflist()
    {
        var conflist = new JsonObject
        {
            ["cniVersion"] = "1.0.0",
            ["name"] = _options.NetworkName,
            ["plugins"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "bridge",
                    ["bridge"] = _options.BridgeName,
                    ["isGateway"] = true,
                    ["ipMasq"] = true,
                    ["hairpinMode"] = true,
                    ["ipam"] = new JsonObject
                    {
                        ["type"] = "host-local",
                        ["ranges"] = new JsonArray(new JsonArray(new JsonObject { ["subnet"] = _options.PodCidr })),
                        ["routes"] = new JsonArray(new JsonObject { ["dst"] = "0.0.0.0/0" }),
                        ["dataDir"] = Path.Combine(_options.DataDirectory, "networks"),
                    },
                },
                new JsonObject { ["type"] = "portmap", ["capabilities"] = new JsonObject { ["portMappings"] = true }, ["snat"] = true },
                new JsonObject { ["type"] = "bandwidth", ["capabilities"] = new JsonObject { ["bandwidth"] = true } }),
        };
        return conflist.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static (string Name, JsonObject List) ParseList(byte[] bytes)
    {
        var list = JsonNode.Parse(bytes)?.AsObject() ?? throw RuntimeException.InvalidArgument("empty CNI configuration");
        var name = list["name"]?.GetValue<string>() ?? throw RuntimeException.InvalidArgument("CNI configuration without a name");
        if (list["plugins"] is not JsonArray { Count: > 0 })
        {
            throw RuntimeException.InvalidArgument($"CNI configuration list \"{name}\" has no plugins");
        }

        return (name, list);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "CNI plugin {Plugin} {Command} failed for sandbox {SandboxId}: {Error}")]
    private static partial void LogPluginFailed(ILogger logger, string plugin, string command, string sandboxId, string error);
}
